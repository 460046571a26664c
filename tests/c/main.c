/* Runs the C test suite: `casemask_tests [CASES_FILE] [GROUP...]`, groups api, cases, threads,
   hostile (all by default). Prints a closing line "c: N passed, M failed" and exits non-zero on
   failure. */
#include <stdlib.h>

#include "harness.h"

static int passed, failed, current_failed;
static const char *current;

void test_begin(const char *name) {
    current = name;
    current_failed = 0;
}

void test_end(void) {
    if (current_failed) {
        failed++;
        printf("FAIL %s\n", current);
    } else {
        passed++;
        printf("ok   %s\n", current);
    }
}

void test_fail(const char *file, int line, const char *what) {
    current_failed = 1;
    fprintf(stderr, "%s:%d: in %s: check failed: %s\n", file, line, current, what);
}

void check_error_at(const char *file, int line, casemask_status got, casemask_error *err,
                    casemask_status want, const char *needle, const char *secret) {
    const char *message = casemask_error_message(err);
    if (got != want) test_fail(file, line, "status");
    if (err == NULL || message == NULL) {
        test_fail(file, line, "an error was returned");
        return;
    }
    if (casemask_error_status(err) != want) test_fail(file, line, "casemask_error_status");
    if (needle != NULL && strstr(message, needle) == NULL) {
        fprintf(stderr, "  message %s\n  lacks   %s\n", message, needle);
        test_fail(file, line, "message names the fault");
    }
    if (secret != NULL && strstr(message, secret) != NULL) {
        fprintf(stderr, "  message %s\n  quotes  %s\n", message, secret);
        test_fail(file, line, "message does not quote the input");
    }
    casemask_error_free(err);
}

static int wanted(int argc, char **argv, const char *group) {
    int i, any = 0;
    for (i = 2; i < argc; i++) {
        any = 1;
        if (strcmp(argv[i], group) == 0) return 1;
    }
    return !any;
}

int main(int argc, char **argv) {
    const char *cases = argc > 1 ? argv[1] : "tests/data/cases.txt";
    if (wanted(argc, argv, "api")) run_api_tests();
    if (wanted(argc, argv, "cases")) run_case_table_tests(cases);
    if (wanted(argc, argv, "threads")) run_thread_tests();
    if (wanted(argc, argv, "hostile")) run_hostile_tests();
    printf("c: %d passed, %d failed\n", passed, failed);
    return failed == 0 && passed > 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
