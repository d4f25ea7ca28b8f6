import { css } from 'lit';

/** How a rendered Markdown description looks (`.description`): the dashboard and the profile preview. */
export const markdownStyles = css`
  .description {
    overflow-wrap: anywhere;
  }
  .description a {
    color: var(--_primary);
  }
  .description img {
    max-width: 100%;
  }
  .description .table-scroll {
    overflow-x: auto;
  }
  .description .align-center {
    text-align: center;
  }
  .description .align-right {
    text-align: right;
  }
  .description li.task {
    list-style: none;
  }
  .description pre {
    overflow-x: auto;
  }
`;
