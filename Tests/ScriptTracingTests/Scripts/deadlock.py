# Shows: a real deadlock. alice takes a then b, bob takes b then a; a barrier makes sure each
# holds its first lock before reaching for the second. The main thread joins both.
# Expect: alice `op acquire` a (deadlock.py:15), bob `op acquire` b (deadlock.py:22);
# alice `block KEY_b -` at deadlock.py:17, bob `block KEY_a -` at deadlock.py:24;
# main `wait join PID.1 - -` at deadlock.py:32. Spindle must report a deadlock; the program
# never ends by itself (Spindle kills it).
import threading

a = threading.Lock()
b = threading.Lock()
both = threading.Barrier(2)


def alice():
    with a:
        both.wait()
        with b:
            print("alice got both")


def bob():
    with b:
        both.wait()
        with a:
            print("bob got both")


t1 = threading.Thread(target=alice, name="alice")
t2 = threading.Thread(target=bob, name="bob")
t1.start()
t2.start()
t1.join()
t2.join()
