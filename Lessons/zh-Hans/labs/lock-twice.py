# 审计期间，存款线程用 log() 记录日志，而 log() 要获取它已经持有的
# 那把 Lock。（在 python3 中，存款线程会在审计开始前结束。）
import threading

lock = threading.Lock()
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
