import { css } from 'lit';

/** A member's picture or initials (`renderAvatar`): the tables and lists of people, not the join button. */
export const avatarStyles = css`
  .avatar {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 2rem;
    height: 2rem;
    border-radius: 50%;
    overflow: hidden;
    background: var(--_avatar);
    color: var(--_primary);
    font-size: 0.75rem;
    font-weight: 700;
  }
  .avatar img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
`;
