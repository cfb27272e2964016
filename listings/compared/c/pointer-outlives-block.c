#include <stdio.h>

int main(void) {
    int *pointer;
    {
        int count = 5; /* lives in this block only */
        pointer = &count;
    } /* count's lifetime ends here */

    printf("count: %d\n", *pointer); /* undefined behaviour */
    return 0;
}
