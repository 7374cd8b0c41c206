// NewsGraphAssembly
