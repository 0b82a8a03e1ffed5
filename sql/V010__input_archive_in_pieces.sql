-- The input archive commits a file's chunks a few MiB at a time and its input_archive row last (issue 10): in one
-- transaction a 200 MB file's 64 MB of chunks were all uncommitted at once, which embedded H2 writes out in buffers
-- as large, which a 256 MB heap paid for in full garbage collections. Measured in 5M-row months (204 MB archived as
-- 64 MB): the archive 1.8-2.1 s in one transaction, 1.3-1.8 s in pieces of 4 MiB.
--
-- The input_archive row is still what makes a file archived, and it now names the chunks that are the file:
-- chunk_no first_chunk_no .. first_chunk_no + chunk_count - 1, in order. Each attempt at archiving a file takes a
-- number from input_archive_attempt and numbers its chunks from attempt x 2^24 + 1, so two attempts at the same file
-- (two runs at once, or a run after one that was killed while archiving) never write the same chunk_no. Files
-- archived before this version keep first_chunk_no 1. The chunks of an attempt that wrote no input_archive row (its
-- process was killed, or another attempt at the same file wrote the row first) belong to no file: nothing reads
-- them, and like every row of the archive they are never changed or deleted.

ALTER TABLE input_archive ADD COLUMN first_chunk_no BIGINT DEFAULT 1 NOT NULL;

ALTER TABLE input_archive_chunk ALTER COLUMN chunk_no SET DATA TYPE BIGINT;

CREATE SEQUENCE input_archive_attempt START WITH 1;
