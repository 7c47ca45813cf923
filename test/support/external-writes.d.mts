export declare const OPT_IN: 'ICAT_TEST_ALLOW_EXTERNAL_WRITES';
export declare function externalWritesRefusal(env?: Record<string, string | undefined>): string | null;
