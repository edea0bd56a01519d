-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'zh-CN';

-- Only the languages the product speaks; any other value would leave a user's screens and messages undefined.
ALTER TABLE "User" ADD CONSTRAINT "User_locale_known" CHECK ("locale" IN ('zh-CN', 'en'));
