export declare const CLIENT_ADDRESS_HEADER: 'x-vixshield-client-address';
export declare const REQUEST_ORIGIN_HEADER: 'x-vixshield-request-origin';
export declare const ALLOWED_METHODS: readonly string[];
export declare const DEFAULT_BODY_LIMIT: number;
export declare function bodyLimit(pathname: string): number;
export declare const STATIC_SECURITY_HEADERS: readonly { key: string; value: string }[];
export declare const NON_DOCUMENT_CSP: string;
export declare function decodablePath(pathname: string): boolean;
