#include <stddef.h>
#include <stdio.h>

/* The array arrives as a pointer: its length does not come along. */
int element(const int *values, size_t i) {
    return values[i];
}

int main(void) {
    int scores[4] = {70, 85, 92, 64};
    size_t wanted = 4; /* one past the last element */

    int score = element(scores, wanted); /* undefined behaviour */
    printf("score: %d\n", score);
    return 0;
}
