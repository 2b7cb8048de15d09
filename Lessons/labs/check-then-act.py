# Two people withdraw from one account. Each checks the balance first.
import threading

balance = 100

def withdraw(amount):
    global balance
    if balance >= amount:    # check ...
        balance -= amount    # ... then act
        print(threading.current_thread().name, "took", amount)

alice = threading.Thread(target=withdraw, args=(80,), name="alice")
bob = threading.Thread(target=withdraw, args=(80,), name="bob")
alice.start()
bob.start()
alice.join()
bob.join()
print("balance =", balance)
