import { InputError, type SourcePage } from '../model.js';

/** A scanned page image → lines with geometry, through tesseract. (Being written.) */
export async function readImage(_path: string): Promise<SourcePage> {
  throw new InputError('image input is not supported in this build yet', 'image');
}
