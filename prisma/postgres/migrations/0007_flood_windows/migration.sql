-- CreateTable
CREATE TABLE "FloodWindow" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "hits" INTEGER NOT NULL,

    CONSTRAINT "FloodWindow_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateIndex
CREATE INDEX "FloodWindow_windowStart_idx" ON "FloodWindow"("windowStart");
