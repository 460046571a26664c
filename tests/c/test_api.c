/* Every function of casemask.h, every status, NULL for every pointer argument, invalid UTF-8,
   empty texts, batch and detailed redaction. */
#include <stdlib.h>

#include "harness.h"

/* Not in the header: fails with CASEMASK_STATUS_PANIC by panicking inside the library. */
casemask_status casemask_test_panic(casemask_error **err);

/* Distinct addresses that outputs are preset to, to check that failures leave them alone. */
static char untouched_char;
static casemask_span untouched_span;
static casemask_string_list *const untouched_list = (casemask_string_list *)&untouched_char;
static casemask_redaction *const untouched_redaction = (casemask_redaction *)&untouched_char;
static casemask_redactor *const untouched_redactor = (casemask_redactor *)&untouched_char;
#define UNTOUCHED_LEN ((size_t)12345)

static casemask_redactor *redactor_from(const char *json) {
    casemask_redactor *r = NULL;
    casemask_error *err = NULL;
    CHECK(casemask_redactor_new(json, json ? strlen(json) : 0, &r, &err) == CASEMASK_STATUS_OK);
    CHECK(r != NULL && err == NULL);
    return r;
}

/* Redacts a NUL-terminated text and compares with `want`. */
static void check_redacts(const casemask_redactor *r, const char *text, const char *want) {
    char *out = NULL;
    size_t len = 0;
    casemask_error *err = NULL;
    CHECK(casemask_redact(r, text, strlen(text), &out, &len, &err) == CASEMASK_STATUS_OK);
    CHECK(err == NULL && out != NULL);
    if (out == NULL) return;
    CHECK(len == strlen(want) && strcmp(out, want) == 0);
    if (strcmp(out, want) != 0) fprintf(stderr, "  got  %s\n  want %s\n", out, want);
    casemask_string_free(out);
}

static void test_version(void) {
    char prefix[64];
    const char *v = casemask_version();
    CHECK(v != NULL && strcmp(v, CASEMASK_VERSION_STRING) == 0);
    sprintf(prefix, "%d.%d.%d", CASEMASK_VERSION_MAJOR, CASEMASK_VERSION_MINOR,
            CASEMASK_VERSION_PATCH);
    CHECK(strncmp(CASEMASK_VERSION_STRING, prefix, strlen(prefix)) == 0);
}

static void test_label_names(void) {
    static const struct { casemask_label label; const char *name; } labels[] = {
        {CASEMASK_LABEL_PERSON, "PERSON"}, {CASEMASK_LABEL_ADDRESS, "ADDRESS"},
        {CASEMASK_LABEL_POSTCODE, "POSTCODE"}, {CASEMASK_LABEL_DATE, "DATE"},
        {CASEMASK_LABEL_CASE_NUMBER, "CASE_NUMBER"}, {CASEMASK_LABEL_NHS_NUMBER, "NHS_NUMBER"},
        {CASEMASK_LABEL_NI_NUMBER, "NI_NUMBER"}, {CASEMASK_LABEL_PHONE, "PHONE"},
        {CASEMASK_LABEL_EMAIL, "EMAIL"}, {CASEMASK_LABEL_HANDLE, "HANDLE"},
    };
    size_t i;
    for (i = 0; i < sizeof labels / sizeof labels[0]; i++) {
        const char *name = casemask_label_name(labels[i].label);
        CHECK((size_t)labels[i].label == i + 1); /* the stable values */
        CHECK(name != NULL && strcmp(name, labels[i].name) == 0);
    }
    CHECK(casemask_label_name((casemask_label)0) == NULL);
    CHECK(casemask_label_name((casemask_label)11) == NULL);
    CHECK(casemask_label_name((casemask_label)100000) == NULL);
}

static void test_status_names(void) {
    static const struct { casemask_status status; const char *name; } statuses[] = {
        {CASEMASK_STATUS_OK, "OK"}, {CASEMASK_STATUS_NULL_ARGUMENT, "NULL_ARGUMENT"},
        {CASEMASK_STATUS_INVALID_UTF8, "INVALID_UTF8"},
        {CASEMASK_STATUS_INVALID_CONFIG, "INVALID_CONFIG"}, {CASEMASK_STATUS_PANIC, "PANIC"},
        {CASEMASK_STATUS_INVALID_ARGUMENT, "INVALID_ARGUMENT"},
    };
    size_t i;
    for (i = 0; i < sizeof statuses / sizeof statuses[0]; i++) {
        const char *name = casemask_status_name(statuses[i].status);
        CHECK((size_t)statuses[i].status == i); /* never renumbered */
        CHECK(name != NULL && strcmp(name, statuses[i].name) == 0);
    }
    CHECK(casemask_status_name((casemask_status)6) == NULL);
    CHECK(casemask_status_name((casemask_status)100000) == NULL);
}

static void test_redactor_defaults(void) {
    const char *configs[] = {NULL, "", "{}", "  \n"};
    size_t i;
    for (i = 0; i < sizeof configs / sizeof configs[0]; i++) {
        casemask_redactor *r = redactor_from(configs[i]);
        check_redacts(r, "Call 07700 900123.", "Call [PHONE].");
        casemask_redactor_free(r);
    }
    { /* NULL means the defaults whatever the length; length 0 whatever the pointer. */
        casemask_redactor *r = NULL;
        CHECK(casemask_redactor_new(NULL, 10, &r, NULL) == CASEMASK_STATUS_OK && r != NULL);
        casemask_redactor_free(r);
        r = NULL;
        CHECK(casemask_redactor_new("not json", 0, &r, NULL) == CASEMASK_STATUS_OK && r != NULL);
        casemask_redactor_free(r);
    }
}

static void test_redactor_config(void) {
    casemask_redactor *r = redactor_from("{\"known_people\": [\"Kezia Ashworth\"],"
                                         " \"operators\": {\"default\": \"remove\"}}");
    check_redacts(r, "KEZIA rang.", " rang.");
    casemask_redactor_free(r);
}

static void test_invalid_config(void) {
    static const struct { const char *json, *key; } bad[] = {
        {"{\"known_people\": [\"Zebedee Quartermain\"], \"min_score\": 7}", "min_score"},
        {"{\"known_people\": [\"Zebedee Quartermain\"", "line 1"},
        {"[\"Zebedee Quartermain\"]", "(root)"},
        {"{\"operators\": {\"PERSON\": {\"type\": \"hash\"}}}", "operators.PERSON.key"},
        {"{\"case_number_patterns\": [\"ok\\\\d\", \"Quartermain(\"]}", "case_number_patterns[1]"},
        {"{\"deny\": [{\"label\": \"Zebedee\", \"value\": \"x\"}]}", "deny[0].label"},
    };
    size_t i;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        casemask_redactor *r = untouched_redactor;
        casemask_error *err = NULL;
        casemask_status st = casemask_redactor_new(bad[i].json, strlen(bad[i].json), &r, &err);
        CHECK_ERROR(st, err, CASEMASK_STATUS_INVALID_CONFIG, bad[i].key, "Quartermain");
        CHECK(r == untouched_redactor);
        /* err may be NULL: the status alone. */
        CHECK(casemask_redactor_new(bad[i].json, strlen(bad[i].json), &r, NULL) ==
              CASEMASK_STATUS_INVALID_CONFIG);
        CHECK(r == untouched_redactor);
    }
}

static void test_invalid_utf8_config(void) {
    const char json[] = "{\"allow\": [\"Zo\xff\"]}";
    casemask_redactor *r = untouched_redactor;
    casemask_error *err = NULL;
    casemask_status st = casemask_redactor_new(json, strlen(json), &r, &err);
    CHECK_ERROR(st, err, CASEMASK_STATUS_INVALID_UTF8, "config_json", "Zo");
    err = NULL;
    st = casemask_redactor_new(json, strlen(json), &r, &err);
    CHECK_ERROR(st, err, CASEMASK_STATUS_INVALID_UTF8, "byte offset 14", NULL);
    CHECK(r == untouched_redactor);
}

static void test_redact(void) {
    casemask_redactor *r = redactor_from(NULL);
    check_redacts(r, "Call 07700 900123.", "Call [PHONE].");
    check_redacts(r, "Nothing here.", "Nothing here.");
    check_redacts(r, "Zo\xc3\xab rang 07700 900123 on 12/03/2019.",
                  "[PERSON] rang [PHONE] on [DATE].");
    casemask_redactor_free(r);
}

static void test_redact_empty_text(void) {
    casemask_redactor *r = redactor_from(NULL);
    const char *texts[] = {NULL, "Call 07700 900123."};
    size_t i;
    for (i = 0; i < 2; i++) { /* zero length: the pointer is not read and may be NULL */
        char *out = NULL;
        size_t len = UNTOUCHED_LEN;
        casemask_error *err = NULL;
        CHECK(casemask_redact(r, texts[i], 0, &out, &len, &err) == CASEMASK_STATUS_OK);
        CHECK(err == NULL && out != NULL && len == 0 && out[0] == '\0');
        casemask_string_free(out);
    }
    casemask_redactor_free(r);
}

static void test_redact_embedded_nul(void) {
    static const char text[] = "Call 07700 900123.\0tail";
    static const char want[] = "Call [PHONE].\0tail";
    casemask_redactor *r = redactor_from(NULL);
    char *out = NULL;
    size_t len = 0;
    CHECK(casemask_redact(r, text, sizeof text - 1, &out, &len, NULL) == CASEMASK_STATUS_OK);
    CHECK(out != NULL && len == sizeof want - 1 && memcmp(out, want, sizeof want) == 0);
    casemask_string_free(out);
    casemask_redactor_free(r);
}

static void test_invalid_utf8_text(void) {
    /* A bad byte in the middle and a character cut short at the end. */
    static const struct { const char *text, *offset; } bad[] = {
        {"Jade Morris rang from \xc3\x28 07700 900123", "byte offset 22"},
        {"Jade Morris is Zo\xc3", "byte offset 17"},
        {"\xff Jade Morris", "byte offset 0"},
    };
    casemask_redactor *r = redactor_from(NULL);
    size_t i;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        const char *text = bad[i].text;
        size_t n = strlen(text);
        char *out = &untouched_char;
        casemask_span *spans = &untouched_span;
        casemask_redaction *red = untouched_redaction;
        casemask_string_list *list = untouched_list;
        size_t len = UNTOUCHED_LEN, n_spans = UNTOUCHED_LEN;
        casemask_error *err = NULL;
        casemask_status st = casemask_redact(r, text, n, &out, &len, &err);
        CHECK_ERROR(st, err, CASEMASK_STATUS_INVALID_UTF8, bad[i].offset, "Jade");
        CHECK(out == &untouched_char && len == UNTOUCHED_LEN);
        err = NULL;
        st = casemask_find(r, text, n, &spans, &n_spans, &err);
        CHECK_ERROR(st, err, CASEMASK_STATUS_INVALID_UTF8, bad[i].offset, "Jade");
        CHECK(spans == &untouched_span && n_spans == UNTOUCHED_LEN);
        err = NULL;
        st = casemask_redact_detailed(r, text, n, &red, &err);
        CHECK_ERROR(st, err, CASEMASK_STATUS_INVALID_UTF8, bad[i].offset, "Jade");
        CHECK(red == untouched_redaction);
        { /* in a batch the message names the text too */
            const char *texts[] = {"fine", text};
            size_t lens[2];
            lens[0] = 4;
            lens[1] = n;
            err = NULL;
            st = casemask_redact_batch(r, texts, lens, 2, &list, &err);
            CHECK_ERROR(st, err, CASEMASK_STATUS_INVALID_UTF8, "`texts[1]`", "Jade");
            err = NULL;
            st = casemask_redact_batch(r, texts, lens, 2, &list, &err);
            CHECK_ERROR(st, err, CASEMASK_STATUS_INVALID_UTF8, bad[i].offset, NULL);
            CHECK(list == untouched_list);
        }
        CHECK(casemask_redact(r, text, n, &out, &len, NULL) == CASEMASK_STATUS_INVALID_UTF8);
    }
    casemask_redactor_free(r);
}

static void test_find(void) {
    static const char text[] = "Mr Smith emailed jade@example.com on 12/03/2019.";
    casemask_redactor *r = redactor_from(NULL);
    casemask_span *spans = NULL;
    size_t n = 0, i;
    casemask_error *err = NULL;
    CHECK(casemask_find(r, text, strlen(text), &spans, &n, &err) == CASEMASK_STATUS_OK);
    CHECK(err == NULL && n == 3 && spans != NULL);
    if (n == 3) {
        CHECK(spans[0].start == 0 && spans[0].end == 8 && spans[0].label == CASEMASK_LABEL_PERSON);
        CHECK(spans[1].start == 17 && spans[1].end == 33 && spans[1].label == CASEMASK_LABEL_EMAIL);
        CHECK(spans[2].start == 37 && spans[2].end == 47 && spans[2].label == CASEMASK_LABEL_DATE);
        for (i = 0; i < n; i++) CHECK(spans[i].score > 0.0f && spans[i].score <= 1.0f);
    }
    casemask_spans_free(spans, n);
    casemask_redactor_free(r);
}

static void test_find_nothing(void) {
    casemask_redactor *r = redactor_from(NULL);
    casemask_span *spans = &untouched_span;
    size_t n = UNTOUCHED_LEN;
    CHECK(casemask_find(r, "The plan was agreed.", 20, &spans, &n, NULL) == CASEMASK_STATUS_OK);
    CHECK(n == 0 && spans == NULL);
    casemask_spans_free(spans, n);
    spans = &untouched_span;
    CHECK(casemask_find(r, NULL, 0, &spans, &n, NULL) == CASEMASK_STATUS_OK);
    CHECK(n == 0 && spans == NULL);
    casemask_redactor_free(r);
}

static void test_detailed(void) {
    static const char text[] = "Seen on 12/03/2019 by Mr Smith.";
    casemask_redactor *r = redactor_from(NULL);
    casemask_redaction *red = NULL;
    casemask_redacted_item item;
    const char *out = NULL;
    size_t len = 0;
    casemask_error *err = NULL;
    CHECK(casemask_redact_detailed(r, text, strlen(text), &red, &err) == CASEMASK_STATUS_OK);
    CHECK(err == NULL && red != NULL);
    CHECK(casemask_redaction_text(red, &out, &len) == CASEMASK_STATUS_OK);
    CHECK(out != NULL && strcmp(out, "Seen on [DATE] by [PERSON].") == 0 && len == strlen(out));
    CHECK(casemask_redaction_len(red) == 2);
    CHECK(casemask_redaction_get(red, 0, &item) == CASEMASK_STATUS_OK);
    CHECK(item.label == CASEMASK_LABEL_DATE && item.input_start == 8 && item.input_end == 18);
    CHECK(item.output_start == 8 && item.output_end == 14);
    CHECK(item.replacement_len == 6 && strcmp(item.replacement, "[DATE]") == 0);
    CHECK(item.score > 0.0f && item.score <= 1.0f);
    CHECK(casemask_redaction_get(red, 1, &item) == CASEMASK_STATUS_OK);
    CHECK(item.label == CASEMASK_LABEL_PERSON && item.input_start == 22 && item.input_end == 30);
    CHECK(memcmp(out + item.output_start, "[PERSON]", 8) == 0 && item.output_end == 26);
    memset(&item, 0, sizeof item);
    CHECK(casemask_redaction_get(red, 2, &item) == CASEMASK_STATUS_INVALID_ARGUMENT);
    CHECK(casemask_redaction_get(red, (size_t)-1, &item) == CASEMASK_STATUS_INVALID_ARGUMENT);
    CHECK(item.replacement == NULL && item.input_end == 0);
    casemask_redaction_free(red);
    casemask_redactor_free(r);
}

static void test_detailed_remove_and_empty(void) {
    casemask_redactor *r = redactor_from("{\"operators\": {\"default\": \"remove\"}}");
    casemask_redaction *red = NULL;
    casemask_redacted_item item;
    const char *out = NULL;
    size_t len = 99;
    CHECK(casemask_redact_detailed(r, "Call 07700 900123 now.", 22, &red, NULL) ==
          CASEMASK_STATUS_OK);
    CHECK(casemask_redaction_get(red, 0, &item) == CASEMASK_STATUS_OK);
    CHECK(item.label == CASEMASK_LABEL_PHONE && item.replacement != NULL);
    CHECK(item.replacement_len == 0 && item.replacement[0] == '\0');
    CHECK(item.output_start == 5 && item.output_end == 5);
    casemask_redaction_free(red);
    red = NULL;
    CHECK(casemask_redact_detailed(r, NULL, 0, &red, NULL) == CASEMASK_STATUS_OK);
    CHECK(casemask_redaction_text(red, &out, &len) == CASEMASK_STATUS_OK);
    CHECK(out != NULL && out[0] == '\0' && len == 0 && casemask_redaction_len(red) == 0);
    CHECK(casemask_redaction_get(red, 0, &item) == CASEMASK_STATUS_INVALID_ARGUMENT);
    casemask_redaction_free(red);
    casemask_redactor_free(r);
}

static void test_batch(void) {
    const char *texts[] = {"Call 07700 900123.", NULL, "Mr Smith on 12/03/2019.",
                           "Zo\xc3\xab rang", ""};
    size_t lens[5], i;
    casemask_redactor *r = redactor_from(NULL);
    casemask_string_list *list = NULL;
    casemask_error *err = NULL;
    const char *s = &untouched_char;
    size_t len = UNTOUCHED_LEN;
    for (i = 0; i < 5; i++) lens[i] = texts[i] ? strlen(texts[i]) : 0;
    CHECK(casemask_redact_batch(r, texts, lens, 5, &list, &err) == CASEMASK_STATUS_OK);
    CHECK(err == NULL && list != NULL && casemask_string_list_len(list) == 5);
    for (i = 0; i < 5; i++) { /* the same as one at a time */
        char *one = NULL;
        size_t one_len = 0;
        CHECK(casemask_redact(r, texts[i], lens[i], &one, &one_len, NULL) == CASEMASK_STATUS_OK);
        CHECK(casemask_string_list_get(list, i, &s, &len) == CASEMASK_STATUS_OK);
        CHECK(one != NULL && len == one_len && strcmp(s, one) == 0);
        casemask_string_free(one);
    }
    CHECK(casemask_string_list_get(list, 0, &s, &len) == CASEMASK_STATUS_OK);
    CHECK(strcmp(s, "Call [PHONE].") == 0);
    s = &untouched_char;
    len = UNTOUCHED_LEN;
    CHECK(casemask_string_list_get(list, 5, &s, &len) == CASEMASK_STATUS_INVALID_ARGUMENT);
    CHECK(s == &untouched_char && len == UNTOUCHED_LEN);
    casemask_string_list_free(list);

    /* An empty batch: the arrays may be NULL. */
    list = NULL;
    CHECK(casemask_redact_batch(r, NULL, NULL, 0, &list, NULL) == CASEMASK_STATUS_OK);
    CHECK(list != NULL && casemask_string_list_len(list) == 0);
    CHECK(casemask_string_list_get(list, 0, &s, &len) == CASEMASK_STATUS_INVALID_ARGUMENT);
    casemask_string_list_free(list);
    casemask_redactor_free(r);
}

static void test_batch_many(void) {
    /* More texts than worker threads, to exercise the parallel path and the order. */
    enum { N = 200 };
    const char *texts[N];
    size_t lens[N], i, len;
    const char *s;
    casemask_redactor *r = redactor_from(NULL);
    casemask_string_list *list = NULL;
    for (i = 0; i < N; i++) {
        texts[i] = i % 2 ? "Call 07700 900123." : "Seen on 12/03/2019.";
        lens[i] = strlen(texts[i]);
    }
    CHECK(casemask_redact_batch(r, texts, lens, N, &list, NULL) == CASEMASK_STATUS_OK);
    CHECK(casemask_string_list_len(list) == N);
    for (i = 0; i < N; i++) {
        CHECK(casemask_string_list_get(list, i, &s, &len) == CASEMASK_STATUS_OK);
        CHECK(strcmp(s, i % 2 ? "Call [PHONE]." : "Seen on [DATE].") == 0);
    }
    casemask_string_list_free(list);
    casemask_redactor_free(r);
}

static void test_batch_null_texts(void) {
    const char *texts[] = {"Call 07700 900123.", NULL};
    size_t lens[] = {18, 5};
    casemask_redactor *r = redactor_from(NULL);
    casemask_string_list *list = untouched_list;
    casemask_error *err = NULL;
    casemask_status st = casemask_redact_batch(r, texts, lens, 2, &list, &err);
    CHECK_ERROR(st, err, CASEMASK_STATUS_NULL_ARGUMENT, "`texts[1]` is NULL", NULL);
    err = NULL;
    st = casemask_redact_batch(r, NULL, lens, 2, &list, &err);
    CHECK_ERROR(st, err, CASEMASK_STATUS_NULL_ARGUMENT, "`texts` is NULL", NULL);
    err = NULL;
    st = casemask_redact_batch(r, texts, NULL, 2, &list, &err);
    CHECK_ERROR(st, err, CASEMASK_STATUS_NULL_ARGUMENT, "`text_lens` is NULL", NULL);
    CHECK(list == untouched_list);
    casemask_redactor_free(r);
}

/* Every required pointer argument of every function, one at a time. */
static void test_null_arguments(void) {
    casemask_redactor *r = redactor_from(NULL);
    casemask_redactor *new_r = untouched_redactor;
    const char *texts[] = {"Mr Smith"};
    size_t lens[] = {8};
    char *out = &untouched_char;
    const char *cout = &untouched_char;
    size_t len = UNTOUCHED_LEN, n = UNTOUCHED_LEN;
    casemask_span *spans = &untouched_span;
    casemask_string_list *list = NULL;
    casemask_redaction *red = NULL;
    casemask_redacted_item item;
    casemask_error *err;
    casemask_status st;

#define NULL_ARG(call, name)                                                     \
    do {                                                                         \
        err = NULL;                                                              \
        st = call;                                                               \
        CHECK_ERROR(st, err, CASEMASK_STATUS_NULL_ARGUMENT, "`" name "` is NULL", NULL); \
    } while (0)

    NULL_ARG(casemask_redactor_new("{}", 2, NULL, &err), "out");
    NULL_ARG(casemask_redact(NULL, "Mr Smith", 8, &out, &len, &err), "redactor");
    NULL_ARG(casemask_redact(r, NULL, 8, &out, &len, &err), "text");
    NULL_ARG(casemask_redact(r, "Mr Smith", 8, NULL, &len, &err), "out");
    NULL_ARG(casemask_redact(r, "Mr Smith", 8, &out, NULL, &err), "out_len");
    CHECK(out == &untouched_char && len == UNTOUCHED_LEN);
    NULL_ARG(casemask_find(NULL, "Mr Smith", 8, &spans, &n, &err), "redactor");
    NULL_ARG(casemask_find(r, NULL, 8, &spans, &n, &err), "text");
    NULL_ARG(casemask_find(r, "Mr Smith", 8, NULL, &n, &err), "spans");
    NULL_ARG(casemask_find(r, "Mr Smith", 8, &spans, NULL, &err), "n_spans");
    CHECK(spans == &untouched_span && n == UNTOUCHED_LEN);
    NULL_ARG(casemask_redact_batch(NULL, texts, lens, 1, &list, &err), "redactor");
    NULL_ARG(casemask_redact_batch(r, NULL, lens, 1, &list, &err), "texts");
    NULL_ARG(casemask_redact_batch(r, texts, NULL, 1, &list, &err), "text_lens");
    NULL_ARG(casemask_redact_batch(r, texts, lens, 1, NULL, &err), "out");
    CHECK(list == NULL);
    NULL_ARG(casemask_redact_detailed(NULL, "Mr Smith", 8, &red, &err), "redactor");
    NULL_ARG(casemask_redact_detailed(r, NULL, 8, &red, &err), "text");
    NULL_ARG(casemask_redact_detailed(r, "Mr Smith", 8, NULL, &err), "out");
    CHECK(red == NULL);
    CHECK(new_r == untouched_redactor);
    /* The same with err NULL: only the status. */
    CHECK(casemask_redact(NULL, "x", 1, &out, &len, NULL) == CASEMASK_STATUS_NULL_ARGUMENT);
    CHECK(casemask_redactor_new(NULL, 0, NULL, NULL) == CASEMASK_STATUS_NULL_ARGUMENT);
#undef NULL_ARG

    /* Accessors, which return a status without an error. */
    CHECK(casemask_redact_batch(r, texts, lens, 1, &list, NULL) == CASEMASK_STATUS_OK);
    CHECK(casemask_string_list_get(NULL, 0, &cout, &len) == CASEMASK_STATUS_NULL_ARGUMENT);
    CHECK(casemask_string_list_get(list, 0, NULL, &len) == CASEMASK_STATUS_NULL_ARGUMENT);
    CHECK(casemask_string_list_get(list, 0, &cout, NULL) == CASEMASK_STATUS_NULL_ARGUMENT);
    CHECK(cout == &untouched_char && len == UNTOUCHED_LEN);
    CHECK(casemask_redact_detailed(r, "Mr Smith", 8, &red, NULL) == CASEMASK_STATUS_OK);
    CHECK(casemask_redaction_text(NULL, &cout, &len) == CASEMASK_STATUS_NULL_ARGUMENT);
    CHECK(casemask_redaction_text(red, NULL, &len) == CASEMASK_STATUS_NULL_ARGUMENT);
    CHECK(casemask_redaction_text(red, &cout, NULL) == CASEMASK_STATUS_NULL_ARGUMENT);
    CHECK(cout == &untouched_char && len == UNTOUCHED_LEN);
    CHECK(casemask_redaction_get(NULL, 0, &item) == CASEMASK_STATUS_NULL_ARGUMENT);
    CHECK(casemask_redaction_get(red, 0, NULL) == CASEMASK_STATUS_NULL_ARGUMENT);
    CHECK(casemask_string_list_len(NULL) == 0);
    CHECK(casemask_redaction_len(NULL) == 0);
    CHECK(casemask_error_message(NULL) == NULL);
    CHECK(casemask_error_status(NULL) == CASEMASK_STATUS_NULL_ARGUMENT);

    /* Every _free accepts NULL. */
    casemask_redactor_free(NULL);
    casemask_string_free(NULL);
    casemask_spans_free(NULL, 0);
    casemask_string_list_free(NULL);
    casemask_redaction_free(NULL);
    casemask_error_free(NULL);

    casemask_string_list_free(list);
    casemask_redaction_free(red);
    casemask_redactor_free(r);
}

static void test_error_names_function(void) {
    casemask_error *err = NULL;
    casemask_status st = casemask_redact(NULL, "x", 1, NULL, NULL, &err);
    CHECK_ERROR(st, err, CASEMASK_STATUS_NULL_ARGUMENT, "casemask_redact:", NULL);
}

static void test_panic(void) {
    casemask_error *err = NULL;
    casemask_redactor *r;
    casemask_status st = casemask_test_panic(&err);
    CHECK_ERROR(st, err, CASEMASK_STATUS_PANIC, "internal error", "SECRET");
    CHECK(casemask_test_panic(NULL) == CASEMASK_STATUS_PANIC);
    /* The library is still usable. */
    r = redactor_from(NULL);
    check_redacts(r, "Call 07700 900123.", "Call [PHONE].");
    casemask_redactor_free(r);
}

static void test_results_outlive_redactor(void) {
    casemask_redactor *r = redactor_from(NULL);
    casemask_redaction *red = NULL;
    char *out = NULL;
    const char *text = NULL;
    size_t len = 0, text_len = 0;
    CHECK(casemask_redact(r, "Call 07700 900123.", 18, &out, &len, NULL) == CASEMASK_STATUS_OK);
    CHECK(casemask_redact_detailed(r, "Call 07700 900123.", 18, &red, NULL) == CASEMASK_STATUS_OK);
    casemask_redactor_free(r);
    CHECK(out != NULL && strcmp(out, "Call [PHONE].") == 0);
    CHECK(casemask_redaction_text(red, &text, &text_len) == CASEMASK_STATUS_OK);
    CHECK(text_len == len && strcmp(text, out) == 0);
    casemask_string_free(out);
    casemask_redaction_free(red);
}

void run_api_tests(void) {
    RUN(test_version);
    RUN(test_label_names);
    RUN(test_status_names);
    RUN(test_redactor_defaults);
    RUN(test_redactor_config);
    RUN(test_invalid_config);
    RUN(test_invalid_utf8_config);
    RUN(test_redact);
    RUN(test_redact_empty_text);
    RUN(test_redact_embedded_nul);
    RUN(test_invalid_utf8_text);
    RUN(test_find);
    RUN(test_find_nothing);
    RUN(test_detailed);
    RUN(test_detailed_remove_and_empty);
    RUN(test_batch);
    RUN(test_batch_many);
    RUN(test_batch_null_texts);
    RUN(test_null_arguments);
    RUN(test_error_names_function);
    RUN(test_panic);
    RUN(test_results_outlive_redactor);
}
