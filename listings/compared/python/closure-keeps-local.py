def new_counter():
    count = 0  # a local variable of new_counter

    def increment():
        nonlocal count
        count += 1
        return count

    return increment  # count outlives the call that created it


counter = new_counter()
print(counter(), counter(), counter())
cell = counter.__closure__[0]  # where count lives now: a heap object
print(type(cell).__name__, "holding", cell.cell_contents)
