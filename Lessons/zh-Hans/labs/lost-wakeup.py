# 等待者等待一个信号，发信号者只发送一次。
# （python3 实际上都能运行完：发信号者开始之前，等待者已经在
# 等待了。）
import threading

cond = threading.Condition()

def waiter():
    with cond:
        cond.wait()              # 没有检查：信号是否已经发过？
        print("got the signal")

def signaller():
    with cond:
        cond.notify()
        print("signal sent")

w = threading.Thread(target=waiter, name="waiter")
s = threading.Thread(target=signaller, name="signaller")
w.start()
s.start()
w.join()
s.join()
