/* Redacts standard input to standard output with casemask.
 *
 *   redact [CONFIG_JSON] < case-note.txt > redacted.txt
 *
 * CONFIG_JSON is the same JSON configuration the Rust and Python APIs take, such as
 * '{"known_people": ["Jade Morris"], "operators": {"default": "mask"}}'; without it, the defaults.
 *
 * Build (after `cargo build --release -p casemask-ffi`, with casemask.pc on PKG_CONFIG_PATH;
 * scripts/test-c does exactly this):
 *   cc -std=c99 examples/c/redact.c $(pkg-config --cflags --libs casemask) -o redact
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casemask.h"

/* Reads all of `f` into a malloc'd buffer; NULL on failure. */
static char *read_all(FILE *f, size_t *len) {
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf != NULL) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap) break;
        cap *= 2;
        {
            char *bigger = realloc(buf, cap);
            if (bigger == NULL) free(buf);
            buf = bigger;
        }
    }
    if (buf != NULL && ferror(f)) {
        free(buf);
        buf = NULL;
    }
    *len = n;
    return buf;
}

/* Prints a failed call's error (the message never quotes the input) and frees it. */
static int fail(casemask_status status, casemask_error *err) {
    fprintf(stderr, "redact: %s: %s\n", casemask_status_name(status), casemask_error_message(err));
    casemask_error_free(err);
    return EXIT_FAILURE;
}

int main(int argc, char **argv) {
    const char *config = argc > 1 ? argv[1] : NULL;
    casemask_redactor *redactor = NULL;
    casemask_error *err = NULL;
    casemask_status status;
    char *text, *out = NULL;
    size_t text_len, out_len = 0;
    int ok;

    if (argc > 2) {
        fprintf(stderr, "usage: redact [CONFIG_JSON] < input > output\n");
        return 2;
    }
    status = casemask_redactor_new(config, config ? strlen(config) : 0, &redactor, &err);
    if (status != CASEMASK_STATUS_OK) return fail(status, err);

    text = read_all(stdin, &text_len);
    if (text == NULL) {
        perror("redact: reading standard input");
        casemask_redactor_free(redactor);
        return EXIT_FAILURE;
    }
    status = casemask_redact(redactor, text, text_len, &out, &out_len, &err);
    free(text);
    casemask_redactor_free(redactor); /* the output does not borrow from the redactor */
    if (status != CASEMASK_STATUS_OK) return fail(status, err);

    ok = fwrite(out, 1, out_len, stdout) == out_len && fflush(stdout) == 0;
    casemask_string_free(out); /* never libc free */
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
