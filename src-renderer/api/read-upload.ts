/** A file the user picked, as the contract's upload: its name and its bytes in base64. */
export interface Upload {
  fileName: string;
  contentBase64: string;
}

export async function readUpload(file: File): Promise<Upload> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + chunk));
  }
  return { fileName: file.name, contentBase64: btoa(binary) };
}
