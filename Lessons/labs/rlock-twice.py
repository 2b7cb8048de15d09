# The same depositor and auditor, now with an RLock: the thread that
# holds it may take it again.
import threading

lock = threading.RLock()
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
