// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The unzip API of minizip 1.1 (zlib's contrib/minizip, Debian's libminizip1): the zip library
// libxlsxwriter already loads into our programs. QuaZip cannot be used beside it: Debian's QuaZip
// exports minizip's function names with other meanings, and whichever loads first serves both
// (libxlsxwriter's table export then crashes in QuaZip's zipOpen). With libminizip-dev installed
// its header is used; otherwise the few declarations we call, as that header has them.

#if __has_include(<minizip/unzip.h>)
#include <minizip/unzip.h>
#else
extern "C" {
typedef void* unzFile;
typedef unsigned long long ZPOS64_T;

struct tm_unz {
  int tm_sec, tm_min, tm_hour, tm_mday, tm_mon, tm_year;
};

struct unz_file_info64 {
  unsigned long version;
  unsigned long version_needed;
  unsigned long flag;
  unsigned long compression_method;
  unsigned long dosDate;
  unsigned long crc;
  ZPOS64_T compressed_size;
  ZPOS64_T uncompressed_size;
  unsigned long size_filename;
  unsigned long size_file_extra;
  unsigned long size_file_comment;
  unsigned long disk_num_start;
  unsigned long internal_fa;
  unsigned long external_fa;
  tm_unz tmu_date;
};

#define UNZ_OK 0
#define UNZ_CRCERROR (-105)

unzFile unzOpen64(const void* path);
int unzClose(unzFile file);
int unzLocateFile(unzFile file, const char* szFileName, int iCaseSensitivity);
int unzGetCurrentFileInfo64(unzFile file, unz_file_info64* pfile_info, char* szFileName,
                            unsigned long fileNameBufferSize, void* extraField, unsigned long extraFieldBufferSize,
                            char* szComment, unsigned long commentBufferSize);
int unzOpenCurrentFile(unzFile file);
int unzReadCurrentFile(unzFile file, void* buf, unsigned len);
int unzCloseCurrentFile(unzFile file);
}
#endif
