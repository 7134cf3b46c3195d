// The routes take the raw file as the body: sent as is, typed by the file (the server judges the bytes anyway).
export const rawFile = (file: File) => ({
  // The generated body type of a binary upload is `string`; a File is what fetch sends as raw bytes.
  body: file as unknown as string,
  bodySerializer: (body: unknown) => body as BodyInit,
  headers: { 'content-type': file.type || 'application/octet-stream' },
});
