# 用一个标志做成的锁：标志竖着时等待，然后自己把它竖起来。
import threading

busy = False

def use_printer():
    global busy
    while busy:              # 有人在打印：等待
        pass
    busy = True              # 轮到我了
    print(threading.current_thread().name, "prints")  # critical
    busy = False

ann = threading.Thread(target=use_printer, name="ann")
ben = threading.Thread(target=use_printer, name="ben")
ann.start()
ben.start()
ann.join()
ben.join()
