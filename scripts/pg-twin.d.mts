export declare const TWIN: string;
export declare const HEADER: string;
export declare function twinOf(source: string): string;
