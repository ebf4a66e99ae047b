-- CreateTable
CREATE TABLE "FloodWindow" (
    "key" TEXT NOT NULL,
    "windowStart" DATETIME NOT NULL,
    "hits" INTEGER NOT NULL,

    PRIMARY KEY ("key", "windowStart")
);

-- CreateIndex
CREATE INDEX "FloodWindow_windowStart_idx" ON "FloodWindow"("windowStart");
