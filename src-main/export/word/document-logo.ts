import { ImageRun } from 'docx';

/** The organisation's logo at most 60 × 25 mm, in its own proportions (read from the PNG header). */
export function logoRun(base64: string, name: string): ImageRun | null {
  const data = Buffer.from(base64, 'base64');
  if (data.length < 24) return null;
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  if (!width || !height) return null;
  const scale = Math.min(1, 227 / width, 94 / height);
  return new ImageRun({
    type: 'png',
    data,
    transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
    altText: { name: 'logo', title: name, description: name },
  });
}
