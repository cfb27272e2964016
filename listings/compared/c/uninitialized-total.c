//@ detector: valgrind
#include <stddef.h>
#include <stdio.h>

int sum(const int *values, size_t n) {
    int total; /* forgot "= 0" */
    for (size_t i = 0; i < n; i++)
        total += values[i];
    return total;
}

int main(void) {
    int values[] = {3, 4, 5};
    printf("%d\n", sum(values, 3)); /* undefined behaviour */
    return 0;
}
