/**
 * A MongoDB ObjectId as udata writes ids (24 hexadecimal digits): how udata tells an id from
 * a slug in a URL (`udata/routing.py` looks an id up first) or a filter (`?organization=`
 * must be one).
 */
export const isObjectId = (value: string): boolean => /^[0-9a-f]{24}$/i.test(value);
