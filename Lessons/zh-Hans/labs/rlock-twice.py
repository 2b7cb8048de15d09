# 同样的存款线程和审计线程，现在用的是 RLock：持有它的线程
# 可以再次获取它。
import threading

lock = threading.RLock()
audit = False

def log(text):
    with lock:
        print(text)

def deposit():
    with lock:
        if audit:
            log("deposit during the audit")   # 已经持有 lock

def start_audit():
    global audit
    audit = True
    log("audit started")

depositor = threading.Thread(target=deposit, name="depositor")
auditor = threading.Thread(target=start_audit, name="auditor")
for t in (depositor, auditor): t.start()
for t in (depositor, auditor): t.join()
