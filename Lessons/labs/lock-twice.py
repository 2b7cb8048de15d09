# During an audit, the depositor logs with log(), which takes the Lock
# it already holds. (In python3 the depositor ends before the audit.)
import threading

lock = threading.Lock()
audit = False

def log(text):
    with lock:
        print(text)

def deposit():
    with lock:
        if audit:
            log("deposit during the audit")   # lock held already

def start_audit():
    global audit
    audit = True
    log("audit started")

depositor = threading.Thread(target=deposit, name="depositor")
auditor = threading.Thread(target=start_audit, name="auditor")
for t in (depositor, auditor): t.start()
for t in (depositor, auditor): t.join()
