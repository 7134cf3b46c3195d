import vectors from '../../signature-vectors.json';

/** The shared signature vectors (sdk/signature-vectors.json), typed. */
export const conversionVectors: {
  name: string;
  secret: string;
  timestamp: number;
  body: string;
  signature: string;
  header: string;
}[] = vectors.conversions;
export const webhookVectors: {
  name: string;
  secret: string;
  id: string;
  timestamp: number;
  body: string;
  signature: string;
}[] = vectors.webhooks;
