// `npm run db:seed`: demo accounts on an empty database (npm start does this itself).
import { createScriptPrismaClient } from "./lib/prisma-client";
import { withDevelopmentDatabase } from "./lib/database";
import { seedDemoUsersIfEmpty } from "../lib/server/users/seed-demo-users";

withDevelopmentDatabase(async (url) => {
  const db = createScriptPrismaClient(url);
  try {
    console.log((await seedDemoUsersIfEmpty({ db })) ? "Created the demo accounts." : "Users exist already; nothing seeded.");
  } finally {
    await db.$disconnect();
  }
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
