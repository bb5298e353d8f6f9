export interface PagePolicy {
  /** 'sha256-…' sources of the inline scripts the page may run. */
  hashes?: readonly string[];
  /** Per-request nonce, for pages rendered on request. */
  nonce?: string;
  /** `next dev` needs eval for its error overlay and cannot know hashes in advance. */
  development?: boolean;
}

export declare function pageCsp(policy: PagePolicy): string;
export declare function scriptHash(text: string): string;
export declare function inlineScriptHashes(html: string): string[];
