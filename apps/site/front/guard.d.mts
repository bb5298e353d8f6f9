import type { IncomingMessage, ServerResponse } from 'node:http';

export declare function setSecurityHeaders(res: ServerResponse): void;
export declare function refuseMalformed(req: IncomingMessage, res: ServerResponse): boolean;
export declare function limitApiBody(
  req: IncomingMessage,
  res: ServerResponse,
  expectsContinue?: boolean,
): Promise<IncomingMessage | null>;
