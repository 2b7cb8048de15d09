# A lock made of a flag: wait while it is up, then raise it yourself.
import threading

busy = False

def use_printer():
    global busy
    while busy:              # someone is printing: wait
        pass
    busy = True              # my turn
    print(threading.current_thread().name, "prints")  # critical
    busy = False

ann = threading.Thread(target=use_printer, name="ann")
ben = threading.Thread(target=use_printer, name="ben")
ann.start()
ben.start()
ann.join()
ben.join()
