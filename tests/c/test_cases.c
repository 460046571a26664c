/* Runs the shared case table tests/data/cases.txt (its format is described at its top) through
   the C API: the spans of casemask_find (byte offsets and labels), the output of casemask_redact,
   and casemask_redact_detailed agreeing with both. One test per case. */
#include <stdlib.h>

#include "harness.h"

enum { MAX_SPANS = 64 };

typedef struct {
    size_t start, end;
    casemask_label label;
} expected_span;

typedef struct {
    char name[200];
    const char *config; /* points into the file buffer, or "{}" */
    char *text;         /* unescaped, markup removed */
    size_t text_len;
    expected_span spans[MAX_SPANS];
    size_t n_spans;
    char *redacted; /* unescaped, or NULL */
    size_t redacted_len;
} test_case;

static char *read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    char *data;
    long size;
    if (f == NULL) return NULL;
    fseek(f, 0, SEEK_END);
    size = ftell(f);
    fseek(f, 0, SEEK_SET);
    data = malloc((size_t)size + 1);
    if (data != NULL && fread(data, 1, (size_t)size, f) != (size_t)size) {
        free(data);
        data = NULL;
    }
    if (data != NULL) data[size] = '\0';
    fclose(f);
    return data;
}

/* "\n" is a line break, "\t" a tab, "\\" a backslash. Returns malloc'd text; 0 on a bad escape. */
static char *unescape(const char *s, size_t n, size_t *out_len) {
    char *out = malloc(n + 1);
    size_t i, j = 0;
    for (i = 0; i < n; i++) {
        if (s[i] == '\\' && i + 1 < n) {
            char c = s[++i];
            if (c == 'n') out[j++] = '\n';
            else if (c == 't') out[j++] = '\t';
            else if (c == '\\') out[j++] = '\\';
            else { free(out); return NULL; }
        } else {
            out[j++] = s[i];
        }
    }
    out[j] = '\0';
    *out_len = j;
    return out;
}

static int label_from_name(const char *name, size_t n, casemask_label *label) {
    static const char *const names[] = {"PERSON", "ADDRESS", "POSTCODE", "DATE", "CASE_NUMBER",
                                        "NHS_NUMBER", "NI_NUMBER", "PHONE", "EMAIL", "HANDLE"};
    size_t i;
    for (i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (strlen(names[i]) == n && memcmp(names[i], name, n) == 0) {
            *label = (casemask_label)(i + 1);
            return 1;
        }
    }
    return 0;
}

/* Removes [[LABEL:text]] markup in place, recording byte offsets in the plain text. */
static int unmark(test_case *c) {
    char *src = c->text, *dst = c->text, *end = c->text + c->text_len;
    while (src < end) {
        char *colon, *close;
        if (!(src + 1 < end && src[0] == '[' && src[1] == '[')) {
            *dst++ = *src++;
            continue;
        }
        colon = strchr(src + 2, ':');
        close = strstr(src + 2, "]]");
        if (colon == NULL || close == NULL || colon > close || c->n_spans == MAX_SPANS) return 0;
        if (!label_from_name(src + 2, (size_t)(colon - src - 2), &c->spans[c->n_spans].label))
            return 0;
        c->spans[c->n_spans].start = (size_t)(dst - c->text);
        memmove(dst, colon + 1, (size_t)(close - colon - 1));
        dst += close - colon - 1;
        c->spans[c->n_spans].end = (size_t)(dst - c->text);
        c->n_spans++;
        src = close + 2;
    }
    *dst = '\0';
    c->text_len = (size_t)(dst - c->text);
    return 1;
}

/* Parses one block of "key: value" lines (the block is modified). Returns 1 for a case, 0 for a
   block without text (the header), -1 for a malformed block. */
static int parse_block(char *block, test_case *c) {
    char *line = block;
    int has_text = 0;
    memset(c, 0, sizeof *c);
    c->config = "{}";
    while (line != NULL && *line != '\0') {
        char *next = strchr(line, '\n'), *value, *sep;
        size_t n;
        if (next != NULL) *next++ = '\0';
        n = strlen(line);
        if (n > 0 && line[n - 1] == '\r') line[--n] = '\0';
        if (line[0] == '#' || n == 0) {
            line = next;
            continue;
        }
        sep = strstr(line, ": ");
        if (sep != NULL) {
            *sep = '\0';
            value = sep + 2;
        } else { /* "key:" with an empty value */
            if (line[n - 1] == ':') line[n - 1] = '\0';
            value = line + strlen(line);
        }
        if (strcmp(line, "name") == 0) {
            strncpy(c->name, value, sizeof c->name - 1);
        } else if (strcmp(line, "config") == 0) {
            c->config = value;
        } else if (strcmp(line, "text") == 0) {
            c->text = unescape(value, strlen(value), &c->text_len);
            if (c->text == NULL || !unmark(c)) return -1;
            has_text = 1;
        } else if (strcmp(line, "redacted") == 0) {
            c->redacted = unescape(value, strlen(value), &c->redacted_len);
            if (c->redacted == NULL) return -1;
        } else {
            return -1;
        }
        line = next;
    }
    return has_text;
}

static void show_spans(const char *what, const char *text, const casemask_span *got, size_t n_got,
                       const expected_span *want, size_t n_want) {
    size_t i;
    fprintf(stderr, "  %s\n  want:", what);
    for (i = 0; i < n_want; i++)
        fprintf(stderr, " %s %.*s (%zu..%zu);", casemask_label_name(want[i].label),
                (int)(want[i].end - want[i].start), text + want[i].start, want[i].start,
                want[i].end);
    fprintf(stderr, "\n  got: ");
    for (i = 0; i < n_got; i++)
        fprintf(stderr, " %s %.*s (%zu..%zu);", casemask_label_name(got[i].label),
                (int)(got[i].end - got[i].start), text + got[i].start, got[i].start, got[i].end);
    fprintf(stderr, "\n");
}

static void run_case(const test_case *c) {
    casemask_redactor *r = NULL;
    casemask_error *err = NULL;
    casemask_span *spans = NULL;
    casemask_redaction *red = NULL;
    char *out = NULL;
    size_t n_spans = 0, out_len = 0, i;
    int same;

    if (casemask_redactor_new(c->config, strlen(c->config), &r, &err) != CASEMASK_STATUS_OK) {
        fprintf(stderr, "  config: %s\n", casemask_error_message(err));
        casemask_error_free(err);
        CHECK(!"the config is valid");
        return;
    }
    CHECK(casemask_find(r, c->text, c->text_len, &spans, &n_spans, NULL) == CASEMASK_STATUS_OK);
    same = n_spans == c->n_spans;
    for (i = 0; same && i < n_spans; i++)
        same = spans[i].start == c->spans[i].start && spans[i].end == c->spans[i].end &&
               spans[i].label == c->spans[i].label;
    if (!same) show_spans("spans differ", c->text, spans, n_spans, c->spans, c->n_spans);
    CHECK(same);

    CHECK(casemask_redact(r, c->text, c->text_len, &out, &out_len, NULL) == CASEMASK_STATUS_OK);
    if (c->redacted != NULL) {
        same = out_len == c->redacted_len && memcmp(out, c->redacted, out_len) == 0;
        if (!same) fprintf(stderr, "  redacted\n  want %s\n  got  %s\n", c->redacted, out);
        CHECK(same);
    }

    /* The detailed redaction agrees with both. */
    CHECK(casemask_redact_detailed(r, c->text, c->text_len, &red, NULL) == CASEMASK_STATUS_OK);
    {
        const char *text = NULL;
        size_t text_len = 0;
        CHECK(casemask_redaction_text(red, &text, &text_len) == CASEMASK_STATUS_OK);
        CHECK(text_len == out_len && memcmp(text, out, out_len) == 0);
        CHECK(casemask_redaction_len(red) == n_spans);
        for (i = 0; i < casemask_redaction_len(red) && i < n_spans; i++) {
            casemask_redacted_item item;
            CHECK(casemask_redaction_get(red, i, &item) == CASEMASK_STATUS_OK);
            CHECK(item.input_start == spans[i].start && item.input_end == spans[i].end);
            CHECK(item.label == spans[i].label);
            CHECK(item.output_end - item.output_start == item.replacement_len);
            CHECK(memcmp(text + item.output_start, item.replacement, item.replacement_len) == 0);
        }
    }
    casemask_redaction_free(red);
    casemask_string_free(out);
    casemask_spans_free(spans, n_spans);
    casemask_redactor_free(r);
}

void run_case_table_tests(const char *path) {
    char *data = read_file(path), *block;
    int n_cases = 0;
    test_begin("case table parses");
    if (data == NULL) {
        fprintf(stderr, "cannot read %s\n", path);
        CHECK(!"the case table is readable");
        test_end();
        return;
    }
    test_end();
    for (block = data; block != NULL && *block != '\0';) {
        char *next = strstr(block, "\n\n");
        test_case c;
        int parsed;
        if (next != NULL) {
            *next = '\0';
            next += 2;
        }
        parsed = parse_block(block, &c);
        if (parsed != 0) {
            test_begin(parsed > 0 ? c.name : "a malformed case");
            CHECK(parsed > 0);
            if (parsed > 0) run_case(&c);
            test_end();
            n_cases++;
        }
        free(c.text);
        free(c.redacted);
        block = next;
    }
    test_begin("case table has every case");
    CHECK(n_cases >= 50);
    test_end();
    free(data);
}
