#define _POSIX_C_SOURCE 200809L /* for strdup */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    char **names = malloc(2 * sizeof *names);
    names[0] = strdup("Ada");
    names[1] = strdup("Grace");
    char *first = names[0]; /* a pointer to the first string */

    free(names[0]); /* each string, then the array that held them */
    free(names[1]);
    free(names);

    printf("first: %s\n", first); /* undefined behaviour: freed */
    return 0;
}
