#include <stdlib.h>
#include <string.h>

int checksum(const char *input, unsigned *out) {
    unsigned char *scratch = malloc(64);
    if (input[0] == '\0')
        return -1; /* leak: scratch is never freed */
    size_t n = strlen(input) < 64 ? strlen(input) : 64;
    memcpy(scratch, input, n);
    *out = 0;
    for (size_t i = 0; i < n; i++)
        *out += scratch[i];
    free(scratch);
    return 0;
}

int main(void) {
    unsigned sum;
    checksum("abc", &sum); /* frees its scratch buffer */
    checksum("", &sum);    /* returns early and leaks it */
    return 0;
}
