// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "salesops/store/ConnectionString.h"

using salesops::store::isServerConnection;
using salesops::store::redactConnection;

TEST(ConnectionString, UrisAndServiceNamesAreServerConnectionsFilesAreNot) {
  EXPECT_TRUE(isServerConnection("postgresql://anna@db.example.nl:5432/salesops"));
  EXPECT_TRUE(isServerConnection("postgres://localhost/salesops"));
  EXPECT_TRUE(isServerConnection("PostgreSQL://localhost"));
  EXPECT_TRUE(isServerConnection("service=salesops"));
  EXPECT_TRUE(isServerConnection("host=/tmp port=5433 dbname=salesops"));
  EXPECT_TRUE(isServerConnection("dbname = salesops"));
  EXPECT_FALSE(isServerConnection("salesops.sqlite"));
  EXPECT_FALSE(isServerConnection("/home/anna/postgresql/store.sqlite"));
  EXPECT_FALSE(isServerConnection("a=b.sqlite"));
  EXPECT_FALSE(isServerConnection("hostname=x.sqlite"));
  EXPECT_FALSE(isServerConnection(""));
}

TEST(ConnectionString, RedactsThePasswordInAUrisUserInfo) {
  EXPECT_EQ(redactConnection("postgresql://anna:geheim@db.example.nl:5432/salesops"),
            "postgresql://anna:***@db.example.nl:5432/salesops");
  // A password holding '@' and ':' (percent-encoding forgotten) is still hidden whole.
  EXPECT_EQ(redactConnection("postgresql://anna:ge:h@im@db/salesops"), "postgresql://anna:***@db/salesops");
  EXPECT_EQ(redactConnection("postgresql://anna@db/salesops"), "postgresql://anna@db/salesops");
  EXPECT_EQ(redactConnection("postgresql://db"), "postgresql://db");
}

TEST(ConnectionString, RedactsPasswordParametersOfAUri) {
  EXPECT_EQ(redactConnection("postgresql://db/salesops?user=anna&password=geheim&sslmode=require"),
            "postgresql://db/salesops?user=anna&password=***&sslmode=require");
  EXPECT_EQ(redactConnection("postgres://db?sslpassword=x&password=y"), "postgres://db?sslpassword=***&password=***");
  // A path with '@' after the host is not user info.
  EXPECT_EQ(redactConnection("postgresql://db/sales@ops"), "postgresql://db/sales@ops");
}

TEST(ConnectionString, RedactsPasswordKeywordsQuotedOrNot) {
  EXPECT_EQ(redactConnection("host=db user=anna password=geheim dbname=salesops"),
            "host=db user=anna password=*** dbname=salesops");
  EXPECT_EQ(redactConnection("host=db password = 'ge heim \\' x' dbname=s"), "host=db password = *** dbname=s");
  EXPECT_EQ(redactConnection("password=geheim"), "password=***");
  EXPECT_EQ(redactConnection("service=salesops sslpassword='a b'"), "service=salesops sslpassword=***");
  EXPECT_EQ(redactConnection("service=salesops"), "service=salesops");
}

TEST(ConnectionString, LeavesFilePathsAlone) {
  EXPECT_EQ(redactConnection("/data/password=x.sqlite"), "/data/password=x.sqlite");
  EXPECT_EQ(redactConnection("store.sqlite"), "store.sqlite");
}
