/* A tiny test harness for the C tests: named tests, checks that report and carry on. */
#ifndef CASEMASK_TEST_HARNESS_H
#define CASEMASK_TEST_HARNESS_H

#include <stdio.h>
#include <string.h>

#include "casemask.h"

/* Starts a test; test_end() counts it as passed if none of its checks failed. */
void test_begin(const char *name);
void test_end(void);
/* Records a failed check in the current test. */
void test_fail(const char *file, int line, const char *what);

#define CHECK(cond) \
    do { if (!(cond)) test_fail(__FILE__, __LINE__, #cond); } while (0)

/* Runs `fn` as one named test. */
#define RUN(fn) do { test_begin(#fn); fn(); test_end(); } while (0)

/* Checks that a failed call gave `status` and an error with that status whose message contains
   `needle` (if not NULL) and not `secret` (if not NULL); frees the error. */
void check_error_at(const char *file, int line, casemask_status got, casemask_error *err,
                    casemask_status want, const char *needle, const char *secret);
#define CHECK_ERROR(got, err, want, needle, secret) \
    check_error_at(__FILE__, __LINE__, (got), (err), (want), (needle), (secret))

/* Test groups, each in its own file. */
void run_api_tests(void);
void run_case_table_tests(const char *path);
void run_thread_tests(void);
void run_hostile_tests(void);

#endif
