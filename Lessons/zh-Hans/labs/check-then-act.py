# 两个人从同一个账户取钱。每人都先检查余额。
import threading

balance = 100

def withdraw(amount):
    global balance
    if balance >= amount:    # 检查……
        balance -= amount    # ……再行动
        print(threading.current_thread().name, "took", amount)

alice = threading.Thread(target=withdraw, args=(80,), name="alice")
bob = threading.Thread(target=withdraw, args=(80,), name="bob")
alice.start()
bob.start()
alice.join()
bob.join()
print("balance =", balance)
