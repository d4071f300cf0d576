-- AlterEnum
ALTER TYPE "AccessBasis" ADD VALUE 'LOOKUP';
