import { InputError, type SourcePage } from '../model.js';

/** PDF bytes → lines with geometry. (Being written.) */
export async function readPdf(_bytes: Uint8Array): Promise<SourcePage> {
  throw new InputError('PDF input is not supported in this build yet', 'pdf');
}
