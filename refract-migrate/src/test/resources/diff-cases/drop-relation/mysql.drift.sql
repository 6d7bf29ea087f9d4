-- DropIndex
DROP INDEX `Post_authorId_fkey` ON `Post`;
