export declare const serverNodeFlags: string[]
export declare function withServerNodeFlags(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv
