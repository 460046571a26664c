/* One redactor shared by 16 threads calling it at once; every result must equal the serial one.
   CASEMASK_THREAD_ROUNDS sets how many rounds each thread makes (default 20; fewer under
   helgrind, which is slow). CASEMASK_THREAD_BATCH=0 leaves out the batch calls: helgrind cannot
   follow how rayon hands batch results from its workers to the caller (see helgrind.supp). */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdlib.h>

#include "harness.h"

enum { N_THREADS = 16, N_TEXTS = 6 };

static const char *const TEXTS[N_TEXTS] = {
    "Jade Morris (DOB 01/02/2010) lives at 27 Carlton Terrace, Brighton BN2 1AB.",
    "Kezia rang from 07700 900123; NHS number 943 476 5919, email kezia@example.com.",
    "Zo\xc3\xab and her brother \xc5\x81ukasz met Ms Nowak on 1 Feb 2010.",
    "Our ref: SW/2021/00341. Her Instagram is @kayz_m. Mr Smith said he would attend.",
    "The meeting was held at the office and everyone agreed the plan.",
    "",
};

typedef struct {
    char *redacted;
    size_t redacted_len;
    casemask_span *spans;
    size_t n_spans;
} result;

typedef struct {
    const casemask_redactor *redactor;
    const result *expected;
    int rounds;
    int batch;
    int mismatches;
} job;

static int same_result(const casemask_redactor *r, size_t i, const result *want) {
    char *out = NULL;
    size_t len = 0, n = 0, k;
    casemask_span *spans = NULL;
    int same = casemask_redact(r, TEXTS[i], strlen(TEXTS[i]), &out, &len, NULL) ==
                   CASEMASK_STATUS_OK &&
               len == want->redacted_len && memcmp(out, want->redacted, len) == 0;
    same = same &&
           casemask_find(r, TEXTS[i], strlen(TEXTS[i]), &spans, &n, NULL) == CASEMASK_STATUS_OK &&
           n == want->n_spans;
    for (k = 0; same && k < n; k++)
        same = spans[k].start == want->spans[k].start && spans[k].end == want->spans[k].end &&
               spans[k].label == want->spans[k].label && spans[k].score == want->spans[k].score;
    casemask_string_free(out);
    casemask_spans_free(spans, n);
    return same;
}

static void *work(void *arg) {
    job *j = arg;
    int round;
    size_t i, lens[N_TEXTS];
    for (i = 0; i < N_TEXTS; i++) lens[i] = strlen(TEXTS[i]);
    for (round = 0; round < j->rounds; round++) {
        casemask_string_list *list = NULL;
        for (i = 0; i < N_TEXTS; i++)
            if (!same_result(j->redactor, i, &j->expected[i])) j->mismatches++;
        /* A batch call (parallel inside the library) from many threads at once, too. */
        if (!j->batch) continue;
        if (casemask_redact_batch(j->redactor, TEXTS, lens, N_TEXTS, &list, NULL) !=
            CASEMASK_STATUS_OK) {
            j->mismatches++;
            continue;
        }
        for (i = 0; i < N_TEXTS; i++) {
            const char *s = NULL;
            size_t len = 0;
            if (casemask_string_list_get(list, i, &s, &len) != CASEMASK_STATUS_OK ||
                len != j->expected[i].redacted_len || memcmp(s, j->expected[i].redacted, len) != 0)
                j->mismatches++;
        }
        casemask_string_list_free(list);
    }
    return NULL;
}

static void test_sixteen_threads_share_one_redactor(void) {
    /* Numbered operators keep per-call state: a good test that calls do not share it. */
    static const char config[] = "{\"known_people\": [\"Kezia Ashworth\"],"
                                 " \"operators\": {\"PERSON\": \"numbered\"}}";
    const char *rounds = getenv("CASEMASK_THREAD_ROUNDS"), *batch = getenv("CASEMASK_THREAD_BATCH");
    casemask_redactor *r = NULL;
    result expected[N_TEXTS];
    job jobs[N_THREADS];
    pthread_t threads[N_THREADS];
    size_t i;
    int mismatches = 0;

    CHECK(casemask_redactor_new(config, strlen(config), &r, NULL) == CASEMASK_STATUS_OK);
    for (i = 0; i < N_TEXTS; i++) { /* the serial results */
        CHECK(casemask_redact(r, TEXTS[i], strlen(TEXTS[i]), &expected[i].redacted,
                              &expected[i].redacted_len, NULL) == CASEMASK_STATUS_OK);
        CHECK(casemask_find(r, TEXTS[i], strlen(TEXTS[i]), &expected[i].spans,
                            &expected[i].n_spans, NULL) == CASEMASK_STATUS_OK);
    }
    CHECK(strstr(expected[1].redacted, "[PERSON-1]") != NULL);
    for (i = 0; i < N_THREADS; i++) {
        jobs[i].redactor = r;
        jobs[i].expected = expected;
        jobs[i].rounds = rounds != NULL ? atoi(rounds) : 20;
        jobs[i].batch = batch == NULL || strcmp(batch, "0") != 0;
        jobs[i].mismatches = 0;
        CHECK(pthread_create(&threads[i], NULL, work, &jobs[i]) == 0);
    }
    for (i = 0; i < N_THREADS; i++) {
        CHECK(pthread_join(threads[i], NULL) == 0);
        mismatches += jobs[i].mismatches;
    }
    if (mismatches != 0) fprintf(stderr, "  %d results differ from the serial ones\n", mismatches);
    CHECK(mismatches == 0);
    for (i = 0; i < N_TEXTS; i++) {
        casemask_string_free(expected[i].redacted);
        casemask_spans_free(expected[i].spans, expected[i].n_spans);
    }
    casemask_redactor_free(r);
}

void run_thread_tests(void) {
    RUN(test_sixteen_threads_share_one_redactor);
}
