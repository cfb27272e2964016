#include <stdlib.h>

int main(void) {
    unsigned char *buffer = malloc(3);
    unsigned char *alias = buffer; /* two names for one block */

    free(alias);
    free(buffer); /* undefined behaviour: the block is freed twice */
    return 0;
}
