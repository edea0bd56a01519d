export declare function withServerNodeFlags(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv
