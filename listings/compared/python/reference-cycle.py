import gc
import sys

gc.disable()  # no automatic collections: only the one asked for below


class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

    def __del__(self):
        print("free", self.name)


a, b = Node("a"), Node("b")
a.next, b.next = b, a  # a cycle
print("a: count =", sys.getrefcount(a) - 1)  # minus getrefcount's own
print("b: count =", sys.getrefcount(b) - 1)

del a, b  # both counts drop to 1, held by the other node
print("after del: nothing freed")
gc.collect()  # the cycle collector finds the two unreachable nodes
print("after gc.collect()")
