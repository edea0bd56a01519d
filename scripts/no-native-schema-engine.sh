#!/bin/sh
# Stand-in for Prisma's native schema-engine binary, which cannot be downloaded on machines without
# internet. Client generation never runs it; migrations go through @prisma/schema-engine-wasm instead:
# use `pnpm db:migrate` and `pnpm db:migration <name>`.
echo "The native Prisma schema engine is not installed here. Use 'pnpm db:migrate' / 'pnpm db:migration <name>'." >&2
exit 1
