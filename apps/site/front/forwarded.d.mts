import type { IncomingMessage } from 'node:http';

export declare function clientAddress(req: IncomingMessage, trustedHops: number): string;
export declare function requestOrigin(req: IncomingMessage, trustedHops: number): string | null;
export declare function stampRequest(req: IncomingMessage, trustedHops: number): void;
