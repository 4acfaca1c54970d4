<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>BenchCommand</name>
    <message>
        <source>cannot create a temporary folder for the bench database</source>
        <translation>벤치마크 데이터베이스용 임시 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>%1 workflows could not be started</source>
        <translation>워크플로 %1개를 시작할 수 없었습니다</translation>
    </message>
    <message>
        <source>--trace-out %1: %2</source>
        <translation>--trace-out %1: %2</translation>
    </message>
    <message>
        <source>%1 crazy-nested-fork-join workflows (%2 tasks) in %3 s on a durable SQLite database
</source>
        <translation>내구성 있는 SQLite 데이터베이스에서 crazy-nested-fork-join 워크플로 %1개(태스크 %2개)를 %3초에 실행
</translation>
    </message>
    <message>
        <source>  %1 tasks/s, %2 workflows/s
</source>
        <translation>  초당 태스크 %1개, 초당 워크플로 %2개
</translation>
    </message>
    <message>
        <source>  JOIN last branch -&gt; next task scheduled: p50 %1 ms, p99 %2 ms (%3 joins)
</source>
        <translation>  JOIN 마지막 분기 -&gt; 다음 태스크 예약: p50 %1 ms, p99 %2 ms (JOIN %3개)
</translation>
    </message>
    <message>
        <source>  peak memory %1 MB; %2 transactions, %3 changes each on average
</source>
        <translation>  최대 메모리 %1 MB; 트랜잭션 %2개, 트랜잭션당 평균 변경 %3개
</translation>
    </message>
    <message>
        <source>bench: %1/%2 workflows, %3 tasks/s   </source>
        <translation>bench: 워크플로 %1/%2, 초당 태스크 %3개   </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 expects a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1에는 %2부터 %3까지의 정수가 필요합니다(&apos;%4&apos;는 올바르지 않음)</translation>
    </message>
    <message>
        <source>Usage:
  joinery [--db PATH] [--attach URL] [--token SECRET] [--demo] [--lang en|ko]
      Open the window on the embedded engine (or on a server with --attach).
  joinery serve [--db PATH] [--port 8080] [--bind 127.0.0.1] [--token SECRET]
                [--demo-workers] [--trace-out FILE]
      Serve the Conductor-compatible REST API.
  joinery run DEF.json [--input JSON] [--db PATH] [--timeout SECONDS]
      Register a workflow definition, run it with demo workers, print the execution.
  joinery bench [--workflows N] [--json] [--trace-out FILE]
      Measure engine throughput on the crazy-nested-fork-join workflow.
  joinery soak [--workflows N] [--lock-fail-rate P] [--decide-delay-ms D]
               [--legacy-decide] [--recover] [--seed S] [--json] [--trace-out FILE]
      Run workflows under injected faults and check that none is stranded.

Options:
  -h, --help     Show this help.
  -v, --version  Show the version.

Exit status: 0 success, 1 a failed workflow or check, 2 bad usage or bad input.
</source>
        <translation>사용법:
  joinery [--db PATH] [--attach URL] [--token SECRET] [--demo] [--lang en|ko]
      내장 엔진으로 창을 엽니다(--attach를 주면 서버에 연결합니다).
  joinery serve [--db PATH] [--port 8080] [--bind 127.0.0.1] [--token SECRET]
                [--demo-workers] [--trace-out FILE]
      Conductor 호환 REST API를 제공합니다.
  joinery run DEF.json [--input JSON] [--db PATH] [--timeout SECONDS]
      워크플로 정의를 등록하고 데모 워커로 실행한 뒤 실행 결과를 출력합니다.
  joinery bench [--workflows N] [--json] [--trace-out FILE]
      crazy-nested-fork-join 워크플로로 엔진 처리량을 측정합니다.
  joinery soak [--workflows N] [--lock-fail-rate P] [--decide-delay-ms D]
               [--legacy-decide] [--recover] [--seed S] [--json] [--trace-out FILE]
      장애를 주입한 채 워크플로를 실행하고 멈춘 워크플로가 없는지 확인합니다.

옵션:
  -h, --help     이 도움말을 표시합니다.
  -v, --version  버전을 표시합니다.

종료 코드: 0 성공, 1 실패한 워크플로 또는 검사, 2 잘못된 사용법 또는 입력.
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation>알 수 없는 명령 &apos;%1&apos;(--help 참고)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>버전을 표시합니다.</translation>
    </message>
    <message>
        <source>SQLite database file.</source>
        <translation>SQLite 데이터베이스 파일.</translation>
    </message>
    <message>
        <source>Attach to a Conductor or Joinery server.</source>
        <translation>Conductor 또는 Joinery 서버에 연결합니다.</translation>
    </message>
    <message>
        <source>Access token for the server.</source>
        <translation>서버 접근 토큰.</translation>
    </message>
    <message>
        <source>Interface language: en or ko.</source>
        <translation>인터페이스 언어: en 또는 ko.</translation>
    </message>
    <message>
        <source>Start a stream of demo workflows.</source>
        <translation>데모 워크플로를 계속 시작합니다.</translation>
    </message>
    <message>
        <source>TCP port.</source>
        <translation>TCP 포트.</translation>
    </message>
    <message>
        <source>Address to bind.</source>
        <translation>바인드할 주소.</translation>
    </message>
    <message>
        <source>Require this secret.</source>
        <translation>이 비밀 값을 요구합니다.</translation>
    </message>
    <message>
        <source>Run the built-in demo workers.</source>
        <translation>내장 데모 워커를 실행합니다.</translation>
    </message>
    <message>
        <source>Write lock events as Chrome trace JSON.</source>
        <translation>잠금 이벤트를 Chrome trace JSON으로 기록합니다.</translation>
    </message>
    <message>
        <source>Workflow input as JSON.</source>
        <translation>JSON 형식의 워크플로 입력.</translation>
    </message>
    <message>
        <source>Give up after this many seconds.</source>
        <translation>이 시간(초)이 지나면 중단합니다.</translation>
    </message>
    <message>
        <source>Workflow definition.</source>
        <translation>워크플로 정의.</translation>
    </message>
    <message>
        <source>Number of workflows.</source>
        <translation>워크플로 수.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나를 출력합니다.</translation>
    </message>
    <message>
        <source>Probability of an injected lock miss.</source>
        <translation>주입할 잠금 실패 확률.</translation>
    </message>
    <message>
        <source>Delay added inside each decide.</source>
        <translation>각 decide 안에 추가할 지연.</translation>
    </message>
    <message>
        <source>Behave as Conductor before v3.31.2.</source>
        <translation>v3.31.2 이전의 Conductor처럼 동작합니다.</translation>
    </message>
    <message>
        <source>Recover stalls with a forced decide.</source>
        <translation>강제 decide로 멈춘 워크플로를 복구합니다.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>난수 시드.</translation>
    </message>
    <message>
        <source>run expects exactly one workflow definition file</source>
        <translation>run에는 워크플로 정의 파일이 정확히 하나 필요합니다</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>예상하지 못한 인자 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--lang expects en or ko, not &apos;%1&apos;</source>
        <translation>--lang에는 en 또는 ko가 필요합니다(&apos;%1&apos;는 올바르지 않음)</translation>
    </message>
    <message>
        <source>--attach and --db exclude each other</source>
        <translation>--attach와 --db는 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>--lock-fail-rate expects a probability from 0 to 1, not &apos;%1&apos;</source>
        <translation>--lock-fail-rate에는 0부터 1까지의 확률이 필요합니다(&apos;%1&apos;는 올바르지 않음)</translation>
    </message>
    <message>
        <source>--seed expects a whole number, not &apos;%1&apos;</source>
        <translation>--seed에는 정수가 필요합니다(&apos;%1&apos;는 올바르지 않음)</translation>
    </message>
</context>
<context>
    <name>GraphPalette</name>
    <message>
        <source>Not scheduled</source>
        <translation>예약 안 됨</translation>
    </message>
    <message>
        <source>SWITCH case taken</source>
        <translation>선택된 SWITCH 분기</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>재시도</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>폴링</translation>
    </message>
    <message>
        <source>Stalled here</source>
        <translation>여기서 멈춤</translation>
    </message>
</context>
<context>
    <name>LoopFrameItem</name>
    <message>
        <source>iteration %1</source>
        <translation>%1번째 반복</translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <source>%1 polls</source>
        <translation>폴링 %1회</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>유형: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>이름: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>Attempts: %1 (%2 retries)</source>
        <translation>시도: %1회(재시도 %2회)</translation>
    </message>
    <message>
        <source>Polled %1 times</source>
        <translation>%1회 폴링됨</translation>
    </message>
    <message>
        <source>%1 of %2 joined branches done</source>
        <translation>JOIN 대상 분기 %2개 중 %1개 완료</translation>
    </message>
    <message>
        <source>Still waiting for: %1</source>
        <translation>아직 기다리는 작업: %1</translation>
    </message>
    <message>
        <source>Case taken: %1</source>
        <translation>선택된 분기: %1</translation>
    </message>
    <message>
        <source>Iteration: %1</source>
        <translation>반복: %1</translation>
    </message>
    <message>
        <source>Sub-workflow: %1</source>
        <translation>하위 워크플로: %1</translation>
    </message>
    <message>
        <source>Child execution: %1</source>
        <translation>하위 실행: %1</translation>
    </message>
    <message>
        <source>%1 dynamic tasks: %2</source>
        <translation>동적 작업 %1개: %2</translation>
    </message>
    <message>
        <source>The dynamic fork has not forked yet</source>
        <translation>동적 포크가 아직 분기하지 않았습니다</translation>
    </message>
    <message>
        <source>Double-click to show every task</source>
        <translation>두 번 클릭하면 모든 작업을 펼칩니다</translation>
    </message>
    <message>
        <source>Dynamic task of %1 (double-click the fork to collapse)</source>
        <translation>%1의 동적 작업(포크를 두 번 클릭하면 접힘)</translation>
    </message>
    <message>
        <source>Task id: %1</source>
        <translation>작업 ID: %1</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <source>Stalled: %1</source>
        <translation>멈춤: %1</translation>
    </message>
    <message>
        <source>Double-click to collapse the sub-workflow</source>
        <translation>두 번 클릭하면 하위 워크플로를 접습니다</translation>
    </message>
    <message>
        <source>Double-click to show the sub-workflow in place</source>
        <translation>두 번 클릭하면 하위 워크플로를 제자리에서 펼칩니다</translation>
    </message>
</context>
<context>
    <name>NodePainter</name>
    <message>
        <source>%1 dynamic tasks</source>
        <translation>동적 작업 %1개</translation>
    </message>
    <message>
        <source>Dynamic tasks</source>
        <translation>동적 작업</translation>
    </message>
    <message>
        <source>%1/%2 done</source>
        <translation>%1/%2 완료</translation>
    </message>
    <message>
        <source>waits for %1</source>
        <translation>대기 중: %1</translation>
    </message>
    <message>
        <source>case: %1</source>
        <translation>분기: %1</translation>
    </message>
    <message>
        <source>iteration %1</source>
        <translation>%1번째 반복</translation>
    </message>
    <message>
        <source>not forked yet</source>
        <translation>아직 분기 전</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>workflow %1 did not end within %2 s</source>
        <translation>워크플로 %1이(가) %2초 안에 끝나지 않았습니다</translation>
    </message>
    <message>
        <source>workflow %1 ended %2%3</source>
        <translation>워크플로 %1이(가) %2%3 상태로 끝났습니다</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>cannot install the SIGINT/SIGTERM handlers</source>
        <translation>SIGINT/SIGTERM 처리기를 설치할 수 없습니다</translation>
    </message>
    <message>
        <source>Listening on %1 (database %2, demo workers)</source>
        <translation>%1에서 대기 중 (데이터베이스 %2, 데모 워커)</translation>
    </message>
    <message>
        <source>Listening on %1 (database %2)</source>
        <translation>%1에서 대기 중 (데이터베이스 %2)</translation>
    </message>
    <message>
        <source>joinery: signal %1, shutting down</source>
        <translation>joinery: 시그널 %1, 종료합니다</translation>
    </message>
</context>
<context>
    <name>SoakCommand</name>
    <message>
        <source>could not start workflow %1: %2</source>
        <translation>워크플로 %1을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>--trace-out %1: %2</source>
        <translation>--trace-out %1: %2</translation>
    </message>
    <message>
        <source>soak (%1 mode, seed %2): %3 workflows in %4 s, lock-fail-rate %5, decide delay %6 ms
</source>
        <translation>soak (%1 모드, 시드 %2): 워크플로 %3개, %4초, 잠금 실패율 %5, decide 지연 %6 ms
</translation>
    </message>
    <message>
        <source>  completed %1, stalled %2, detected %3, recovered %4 (%5 forced decides), duplicates %6
</source>
        <translation>  완료 %1, 정체 %2, 감지 %3, 복구 %4 (강제 decide %5회), 중복 %6
</translation>
    </message>
    <message>
        <source>  longest JOIN -&gt; next task: %1 ms
</source>
        <translation>  가장 긴 JOIN -&gt; 다음 태스크: %1 ms
</translation>
    </message>
    <message>
        <source>  locks: %1 acquired, %2 deferred (owner looped again), %3 missed (%4 injected), %5 decides dropped; longest wait %6 ms, longest hold %7 ms
</source>
        <translation>  잠금: 획득 %1, 연기 %2 (소유자가 다시 반복), 실패 %3 (주입 %4), 버려진 decide %5; 최장 대기 %6 ms, 최장 보유 %7 ms
</translation>
    </message>
    <message>
        <source>PASS
</source>
        <translation>통과
</translation>
    </message>
    <message>
        <source>FAIL
</source>
        <translation>실패
</translation>
    </message>
    <message>
        <source>soak: %1/%2 ended</source>
        <translation>soak: %1/%2 종료</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>예약됨</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Completed with errors</source>
        <translation>오류와 함께 완료</translation>
    </message>
    <message>
        <source>Failed (terminal)</source>
        <translation>실패(재시도 불가)</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>JOIN done, next task not scheduled</source>
        <translation>JOIN은 끝났으나 다음 작업이 예약되지 않음</translation>
    </message>
    <message>
        <source>Task ended, next task not scheduled</source>
        <translation>작업은 끝났으나 다음 작업이 예약되지 않음</translation>
    </message>
    <message>
        <source>Decide owed but not run</source>
        <translation>밀린 결정이 실행되지 않음</translation>
    </message>
    <message>
        <source>No worker polls the task</source>
        <translation>작업을 가져가는 워커가 없음</translation>
    </message>
    <message>
        <source>Task missing from its queue</source>
        <translation>작업이 큐에 없음</translation>
    </message>
    <message>
        <source>Sub-workflow ended, parent not updated</source>
        <translation>하위 워크플로는 끝났으나 상위가 갱신되지 않음</translation>
    </message>
    <message>
        <source>Sweeper not running</source>
        <translation>스위퍼가 실행되지 않음</translation>
    </message>
    <message>
        <source>Re-decide</source>
        <translation>다시 결정</translation>
    </message>
    <message>
        <source>Requeue the task</source>
        <translation>작업을 큐에 다시 넣기</translation>
    </message>
    <message>
        <source>Start a worker for the queue</source>
        <translation>이 큐의 워커 시작</translation>
    </message>
    <message>
        <source>Resume the sweeper</source>
        <translation>스위퍼 재개</translation>
    </message>
    <message>
        <source>A JOIN is done, but the task after it was never scheduled</source>
        <translation>JOIN은 끝났지만 다음 작업이 예약되지 않았습니다</translation>
    </message>
    <message>
        <source>JOIN %1 is done, but the task after it was never scheduled</source>
        <translation>JOIN %1은(는) 끝났지만 다음 작업이 예약되지 않았습니다</translation>
    </message>
    <message>
        <source>A task ended, but what follows it was never scheduled</source>
        <translation>작업이 끝났지만 뒤따르는 작업이 예약되지 않았습니다</translation>
    </message>
    <message>
        <source>Task %1 ended, but what follows it was never scheduled</source>
        <translation>작업 %1은(는) 끝났지만 뒤따르는 작업이 예약되지 않았습니다</translation>
    </message>
    <message>
        <source>A decide is owed but has not run</source>
        <translation>실행해야 할 결정이 아직 실행되지 않았습니다</translation>
    </message>
    <message>
        <source>Task %1 waits in queue %2, which no worker has polled</source>
        <translation>작업 %1이(가) 큐 %2에서 기다리지만 폴링한 워커가 없습니다</translation>
    </message>
    <message>
        <source>Task %1 waits in queue %2, last polled %3 ago</source>
        <translation>작업 %1이(가) 큐 %2에서 기다립니다. 마지막 폴링은 %3 전입니다</translation>
    </message>
    <message>
        <source>Task %1 is neither queued nor waiting on a timer</source>
        <translation>작업 %1은(는) 큐에도 없고 타이머도 기다리지 않습니다</translation>
    </message>
    <message>
        <source>The child workflow of %1 ended, but the parent task did not follow</source>
        <translation>%1의 하위 워크플로가 끝났지만 상위 작업이 따라가지 않았습니다</translation>
    </message>
    <message>
        <source>The sweeper is paused or has not run recently</source>
        <translation>스위퍼가 일시 중지되었거나 최근에 실행되지 않았습니다</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1일</translation>
    </message>
</context>
<context>
    <name>SubWorkflowFrameItem</name>
    <message>
        <source>Sub-workflow</source>
        <translation>하위 워크플로</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
</context>
<context>
    <name>joinery::ui::AttachDialog</name>
    <message>
        <source>Attach to Server</source>
        <translation>서버에 연결</translation>
    </message>
    <message>
        <source>Open a window on a Joinery server (joinery serve) or any Conductor server. The window shows what the server offers; panels that need Joinery&apos;s extensions say when they are not available.</source>
        <translation>Joinery 서버(joinery serve)나 Conductor 서버에 연결된 창을 엽니다. 창에는 서버가 제공하는 정보가 표시되며, Joinery 확장 기능이 필요한 패널은 사용할 수 없을 때 그렇다고 알려 줍니다.</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>서버 &amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>토큰(&amp;T):</translation>
    </message>
    <message>
        <source>optional: the server&apos;s secret, or keyId:keySecret</source>
        <translation>선택 사항: 서버의 비밀 값 또는 keyId:keySecret</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>연결(&amp;A)</translation>
    </message>
</context>
<context>
    <name>joinery::ui::ConductorClient</name>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>joinery::ui::DagModel</name>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>End</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>dynamic tasks</source>
        <translation>동적 작업</translation>
    </message>
    <message>
        <source>Nested deeper than %1 sub-workflows: open the child execution to see it</source>
        <translation>하위 워크플로가 %1단계보다 깊게 중첩되었습니다. 하위 실행을 열어서 확인하세요</translation>
    </message>
    <message>
        <source>The sub-workflow has not started</source>
        <translation>하위 워크플로가 아직 시작되지 않았습니다</translation>
    </message>
    <message>
        <source>Loading the sub-workflow…</source>
        <translation>하위 워크플로 불러오는 중…</translation>
    </message>
</context>
<context>
    <name>joinery::ui::DecidePreviewDialog</name>
    <message>
        <source>Re-decide: preview</source>
        <translation>다시 결정: 미리 보기</translation>
    </message>
    <message>
        <source>A decide re-evaluates each workflow from its stored state. This is what it would do now; nothing has changed yet.</source>
        <translation>결정은 저장된 상태에서 각 워크플로를 다시 평가합니다. 지금 실행하면 다음과 같이 됩니다. 아직 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>This source cannot preview a decide (dry run). The decide will still only schedule what the workflow&apos;s definition says is due.</source>
        <translation>이 소스는 결정을 미리 볼(모의 실행) 수 없습니다. 결정은 여전히 워크플로 정의상 실행할 차례인 것만 예약합니다.</translation>
    </message>
    <message>
        <source>Asking for a preview…</source>
        <translation>미리 보기를 요청하는 중…</translation>
    </message>
    <message>
        <source>Re-decide</source>
        <translation>다시 결정</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>미리 보기 없음: %1</translation>
    </message>
    <message>
        <source>Nothing to schedule or update: the decide would change nothing.</source>
        <translation>예약하거나 갱신할 것이 없습니다. 결정해도 바뀌는 것이 없습니다.</translation>
    </message>
    <message>
        <source>Re-decide all (%1)</source>
        <translation>모두 다시 결정(%1)</translation>
    </message>
</context>
<context>
    <name>joinery::ui::DefinitionDiffDialog</name>
    <message>
        <source>Changes to Save</source>
        <translation>저장할 변경 사항</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ.</source>
        <translation>
            <numerusform>%n줄이 다릅니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>joinery::ui::DefinitionsBrowser</name>
    <message>
        <source>Workflow Definitions</source>
        <translation>워크플로 정의</translation>
    </message>
</context>
<context>
    <name>joinery::ui::DefinitionsModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>태스크</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
</context>
<context>
    <name>joinery::ui::EditorGraph</name>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>오류 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>joinery::ui::EditorWidget</name>
    <message>
        <source>Move %1</source>
        <translation>%1 이동</translation>
    </message>
    <message>
        <source>Duplicated as %1 (not saved yet)</source>
        <translation>%1(으)로 복제했습니다 (아직 저장되지 않음)</translation>
    </message>
    <message>
        <source>Delete Definition</source>
        <translation>정의 삭제</translation>
    </message>
    <message>
        <source>Delete version %1 of %2 from the engine?</source>
        <translation>엔진에서 %2의 버전 %1을(를) 삭제할까요?</translation>
    </message>
    <message>
        <source>Deleted %1 version %2</source>
        <translation>%1 버전 %2을(를) 삭제했습니다</translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>삭제할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Import Workflow Definition</source>
        <translation>워크플로 정의 가져오기</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 파일 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Export Workflow Definition</source>
        <translation>워크플로 정의 내보내기</translation>
    </message>
    <message>
        <source>Insert a task</source>
        <translation>태스크 삽입</translation>
    </message>
    <message numerus="yes">
        <source>Add a fork with %n branch(es)</source>
        <translation>
            <numerusform>분기 %n개짜리 포크 추가</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a branch to %1</source>
        <translation>%1에 분기 추가</translation>
    </message>
    <message>
        <source>Remove a branch of %1</source>
        <translation>%1의 분기 제거</translation>
    </message>
    <message>
        <source>Add a switch</source>
        <translation>스위치 추가</translation>
    </message>
    <message>
        <source>Wrap in a loop</source>
        <translation>루프로 감싸기</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty workflow definition</source>
        <translation>빈 워크플로 정의를 시작합니다</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete the selected version from the engine</source>
        <translation>선택한 버전을 엔진에서 삭제합니다</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Insert &amp;Before</source>
        <translation>앞에 삽입(&amp;B)</translation>
    </message>
    <message>
        <source>Insert a SIMPLE task before the selected node</source>
        <translation>선택한 노드 앞에 SIMPLE 태스크를 삽입합니다</translation>
    </message>
    <message>
        <source>Insert &amp;After</source>
        <translation>뒤에 삽입(&amp;A)</translation>
    </message>
    <message>
        <source>Insert a SIMPLE task after the selected node</source>
        <translation>선택한 노드 뒤에 SIMPLE 태스크를 삽입합니다</translation>
    </message>
    <message>
        <source>Add &amp;Fork</source>
        <translation>포크 추가(&amp;F)</translation>
    </message>
    <message>
        <source>Add a FORK_JOIN with its JOIN after the selected node</source>
        <translation>선택한 노드 뒤에 FORK_JOIN과 그 JOIN을 추가합니다</translation>
    </message>
    <message>
        <source>Add Branch</source>
        <translation>분기 추가</translation>
    </message>
    <message>
        <source>Remove Branch</source>
        <translation>분기 제거</translation>
    </message>
    <message>
        <source>Add &amp;Switch</source>
        <translation>스위치 추가(&amp;S)</translation>
    </message>
    <message>
        <source>Wrap in &amp;Loop</source>
        <translation>루프로 감싸기(&amp;L)</translation>
    </message>
    <message>
        <source>Put the selected tasks in a DO_WHILE (Ctrl+click selects several)</source>
        <translation>선택한 태스크를 DO_WHILE에 넣습니다 (Ctrl+클릭으로 여러 개 선택)</translation>
    </message>
    <message>
        <source>&amp;Delete Node</source>
        <translation>노드 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save as New Version</source>
        <translation>새 버전으로 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Show the changes against the stored version, then register a new version</source>
        <translation>저장된 버전과의 차이를 보여 준 뒤 새 버전을 등록합니다</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>Start this workflow and show the execution</source>
        <translation>이 워크플로를 시작하고 실행을 보여 줍니다</translation>
    </message>
    <message>
        <source>Branches:</source>
        <translation>분기 수:</translation>
    </message>
    <message>
        <source>Simple Task</source>
        <translation>단순 태스크</translation>
    </message>
    <message>
        <source>Sub-workflow</source>
        <translation>하위 워크플로</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>HTTP Request</source>
        <translation>HTTP 요청</translation>
    </message>
    <message>
        <source>Inline Script</source>
        <translation>인라인 스크립트</translation>
    </message>
    <message>
        <source>JSON Transform (jq)</source>
        <translation>JSON 변환 (jq)</translation>
    </message>
    <message>
        <source>Set Variable</source>
        <translation>변수 설정</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Dynamic Fork</source>
        <translation>동적 포크</translation>
    </message>
    <message>
        <source>Add &amp;Task</source>
        <translation>태스크 추가(&amp;T)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>문제 (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; version %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 버전 %2</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>수정됨</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>저장 안 됨</translation>
    </message>
    <message>
        <source>Not possible here: %1</source>
        <translation>여기서는 할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Add Task After</source>
        <translation>뒤에 태스크 추가</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>변경 사항 버리기</translation>
    </message>
    <message>
        <source>The workflow has changes that are not saved. Discard them?</source>
        <translation>워크플로에 저장되지 않은 변경 사항이 있습니다. 버릴까요?</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1은(는) JSON 객체가 아닙니다: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Fix the problems before saving.</source>
        <translation>저장하기 전에 문제를 고치세요.</translation>
    </message>
    <message>
        <source>Saving %1 as version %2; compared with the stored version %3.</source>
        <translation>%1을(를) 버전 %2(으)로 저장합니다. 저장된 버전 %3과(와) 비교했습니다.</translation>
    </message>
    <message>
        <source>Saving %1 as version %2; no version is stored yet.</source>
        <translation>%1을(를) 버전 %2(으)로 저장합니다. 아직 저장된 버전이 없습니다.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Set version %1</source>
        <translation>버전을 %1(으)로 설정</translation>
    </message>
    <message>
        <source>Saved %1 version %2</source>
        <translation>%1 버전 %2을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Fix the problems before running.</source>
        <translation>실행하기 전에 문제를 고치세요.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Started %1: %2</source>
        <translation>%1을(를) 시작했습니다: %2</translation>
    </message>
</context>
<context>
    <name>joinery::ui::EmbeddedSource</name>
    <message>
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
</context>
<context>
    <name>joinery::ui::ExecutionFilterBar</name>
    <message>
        <source>Status: any</source>
        <translation>상태: 전체</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>Show only executions with these statuses</source>
        <translation>이 상태의 실행만 표시</translation>
    </message>
    <message>
        <source>&amp;Workflow:</source>
        <translation>워크플로(&amp;W):</translation>
    </message>
    <message>
        <source>Workflow definition name</source>
        <translation>워크플로 정의 이름</translation>
    </message>
    <message>
        <source>any</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>시작(&amp;S):</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>last 15 minutes</source>
        <translation>최근 15분</translation>
    </message>
    <message>
        <source>last hour</source>
        <translation>최근 1시간</translation>
    </message>
    <message>
        <source>last 24 hours</source>
        <translation>최근 24시간</translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>상관 ID</translation>
    </message>
    <message>
        <source>Search id, name, correlation id, reason (Ctrl+F)</source>
        <translation>ID, 이름, 상관 ID, 사유 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>모든 필터 지우기</translation>
    </message>
</context>
<context>
    <name>joinery::ui::ExecutionSource</name>
    <message>
        <source>Workflow %1 is not running, so there is nothing to decide.</source>
        <translation>워크플로 %1은(는) 실행 중이 아니므로 결정할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Schedule %1 (%2)</source>
        <translation>%1 예약 (%2)</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1을(를) %2(으)로 설정</translation>
    </message>
    <message>
        <source>Update %1</source>
        <translation>%1 갱신</translation>
    </message>
    <message>
        <source>Start sub-workflow %1</source>
        <translation>하위 워크플로 %1 시작</translation>
    </message>
    <message>
        <source>Terminate sub-workflow %1</source>
        <translation>하위 워크플로 %1 종료</translation>
    </message>
    <message>
        <source>Workflow becomes %1</source>
        <translation>워크플로가 %1 상태가 됨</translation>
    </message>
    <message>
        <source>Nothing to do: the workflow is up to date.</source>
        <translation>할 일이 없습니다. 워크플로가 이미 최신 상태입니다.</translation>
    </message>
</context>
<context>
    <name>joinery::ui::ExecutionsModel</name>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>%1
Suggested recovery: %2</source>
        <translation>%1
권장 복구: %2</translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation>상관 ID: %1</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>워크플로</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Running tasks</source>
        <translation>실행 중인 작업</translation>
    </message>
    <message>
        <source>Stall reason</source>
        <translation>멈춘 이유</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>갱신 시각</translation>
    </message>
</context>
<context>
    <name>joinery::ui::ExecutionsPanel</name>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%2개 중 %1개 불러옴</translation>
    </message>
    <message>
        <source>%1 executions</source>
        <translation>실행 %1개</translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (불러오는 중…)</translation>
    </message>
    <message>
        <source>Bulk actions</source>
        <translation>일괄 작업</translation>
    </message>
</context>
<context>
    <name>joinery::ui::FaultsPanel</name>
    <message>
        <source>Fault injection</source>
        <translation>장애 주입</translation>
    </message>
    <message>
        <source>This source does not accept fault injection (only the embedded engine and Joinery servers do).</source>
        <translation>이 소스는 장애 주입을 받지 않습니다(내장 엔진과 Joinery 서버만 지원).</translation>
    </message>
    <message>
        <source>Lock-miss rate:</source>
        <translation>잠금 실패율:</translation>
    </message>
    <message>
        <source>Share of lock acquisitions that fail as if another thread held the lock</source>
        <translation>다른 스레드가 잠금을 잡고 있는 것처럼 실패시킬 잠금 획득 비율</translation>
    </message>
    <message>
        <source>Decide delay:</source>
        <translation>결정 지연:</translation>
    </message>
    <message>
        <source>Extra time each decide holds the workflow&apos;s lock, to widen races</source>
        <translation>경쟁 구간을 넓히기 위해 각 결정이 워크플로 잠금을 더 오래 잡는 시간</translation>
    </message>
    <message>
        <source>Worker failure rate:</source>
        <translation>워커 실패율:</translation>
    </message>
    <message>
        <source>Share of demo-worker tasks that fail (and are retried per their definition)</source>
        <translation>실패시킬 데모 워커 작업 비율(정의에 따라 재시도됨)</translation>
    </message>
    <message>
        <source>Pause the sweeper</source>
        <translation>스위퍼 일시 중지</translation>
    </message>
    <message>
        <source>Legacy decide (Conductor before 3.31.2)</source>
        <translation>레거시 결정(3.31.2 이전 Conductor)</translation>
    </message>
    <message>
        <source>In legacy mode a lock miss drops the decide, as Conductor did: with lock misses on, JOINs get stranded and the stalls panel lists them. Re-decide recovers them.</source>
        <translation>레거시 모드에서는 예전 Conductor처럼 잠금 실패 시 결정이 버려집니다. 잠금 실패를 켜면 JOIN이 멈추고 멈춘 워크플로 패널에 나타납니다. 다시 결정으로 복구할 수 있습니다.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>All off</source>
        <translation>모두 끄기</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>적용하는 중…</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>적용했습니다.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>적용하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Demo load</source>
        <translation>데모 부하</translation>
    </message>
    <message>
        <source>This source cannot start demo workflows.</source>
        <translation>이 소스는 데모 워크플로를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Workflows per second:</source>
        <translation>초당 워크플로:</translation>
    </message>
    <message>
        <source>Stop demo load</source>
        <translation>데모 부하 중지</translation>
    </message>
    <message>
        <source>Start demo load</source>
        <translation>데모 부하 시작</translation>
    </message>
    <message>
        <source>Demo workflows are being started.</source>
        <translation>데모 워크플로를 시작하고 있습니다.</translation>
    </message>
    <message>
        <source>No demo load.</source>
        <translation>데모 부하 없음.</translation>
    </message>
</context>
<context>
    <name>joinery::ui::GraphView</name>
    <message>
        <source>Find task by reference…</source>
        <translation>참조 이름으로 작업 찾기…</translation>
    </message>
    <message>
        <source>Type part of a task reference; Enter jumps to the next match</source>
        <translation>작업 참조 이름의 일부를 입력하세요. Enter를 누르면 다음 항목으로 이동합니다</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <source>Show the whole graph (F)</source>
        <translation>그래프 전체 보기(F)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++ or the mouse wheel)</source>
        <translation>확대(Ctrl++ 또는 마우스 휠)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+− or the mouse wheel)</source>
        <translation>축소(Ctrl+− 또는 마우스 휠)</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>실제 크기</translation>
    </message>
    <message>
        <source>Select a workflow to see its graph.</source>
        <translation>워크플로를 선택하면 그래프가 표시됩니다.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <source>Workflow %1 was not found.</source>
        <translation>워크플로 %1을(를) 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The execution %1 carries no definition to draw.</source>
        <translation>실행 %1에는 그릴 정의가 없습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; v%2 · %3 · %4 nodes</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; v%2 · %3 · 노드 %4개</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>일치 없음</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Expand or collapse the sub-workflow (E)</source>
        <translation>하위 워크플로 펼치기/접기 (E)</translation>
    </message>
    <message>
        <source>Collapse sub-workflow</source>
        <translation>하위 워크플로 접기</translation>
    </message>
    <message>
        <source>Expand sub-workflow in place</source>
        <translation>하위 워크플로를 제자리에서 펼치기</translation>
    </message>
    <message>
        <source>Open child execution</source>
        <translation>하위 실행 열기</translation>
    </message>
    <message>
        <source>Open in the child execution</source>
        <translation>하위 실행에서 열기</translation>
    </message>
</context>
<context>
    <name>joinery::ui::JsonEdit</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>%1행 %2열: %3</translation>
    </message>
    <message>
        <source>The input must be a JSON object ({ … }).</source>
        <translation>입력은 JSON 객체({ … })여야 합니다.</translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation>올바른 JSON</translation>
    </message>
</context>
<context>
    <name>joinery::ui::JsonSourceView</name>
    <message>
        <source>Edit JSON</source>
        <translation>JSON 편집</translation>
    </message>
    <message>
        <source>Not applied: %1. The graph shows the last valid definition.</source>
        <translation>적용되지 않음: %1. 그래프는 마지막으로 유효했던 정의를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Not a workflow definition: %1. The graph shows the last valid definition.</source>
        <translation>워크플로 정의가 아닙니다: %1. 그래프는 마지막으로 유효했던 정의를 보여 줍니다.</translation>
    </message>
    <message>
        <source>In sync with the graph.</source>
        <translation>그래프와 동기화되어 있습니다.</translation>
    </message>
</context>
<context>
    <name>joinery::ui::JsonTreeModel</name>
    <message>
        <source>{%1 keys}</source>
        <translation>{키 %1개}</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[항목 %1개]</translation>
    </message>
    <message>
        <source>object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>array</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>불리언</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
</context>
<context>
    <name>joinery::ui::LockTimelinePanel</name>
    <message>
        <source>This source does not report lock events, so there is no lock timeline. The embedded engine and Joinery servers do; a plain Conductor server does not.</source>
        <translation>이 소스는 잠금 이벤트를 보고하지 않아 잠금 타임라인이 없습니다. 내장 엔진과 Joinery 서버는 보고하지만 일반 Conductor 서버는 보고하지 않습니다.</translation>
    </message>
    <message>
        <source>Lane per workflow</source>
        <translation>워크플로별 레인</translation>
    </message>
    <message>
        <source>Lane per thread</source>
        <translation>스레드별 레인</translation>
    </message>
    <message>
        <source>Last 10 s</source>
        <translation>최근 10초</translation>
    </message>
    <message>
        <source>Last 30 s</source>
        <translation>최근 30초</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>최근 1분</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>최근 5분</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Stop or resume scrolling with live time (dragging or zooming pauses too)</source>
        <translation>실시간 스크롤을 멈추거나 재개합니다(끌거나 확대해도 멈춤)</translation>
    </message>
    <message>
        <source>Only the selected workflow</source>
        <translation>선택한 워크플로만</translation>
    </message>
    <message>
        <source>Export Chrome trace…</source>
        <translation>Chrome trace 내보내기…</translation>
    </message>
    <message>
        <source>Save the events shown as Chrome trace JSON (chrome://tracing, Perfetto)</source>
        <translation>표시된 이벤트를 Chrome trace JSON으로 저장합니다(chrome://tracing, Perfetto)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>보유</translation>
    </message>
    <message>
        <source>Miss</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Decide dropped (legacy)</source>
        <translation>결정 버려짐(레거시)</translation>
    </message>
    <message>
        <source>Deferred to the owner</source>
        <translation>소유자에게 넘김</translation>
    </message>
    <message>
        <source>%1 acquisitions · %2 misses · %3 dropped · %4 deferred · longest wait %5 ms</source>
        <translation>획득 %1회 · 실패 %2회 · 버려짐 %3회 · 넘김 %4회 · 최장 대기 %5 ms</translation>
    </message>
    <message>
        <source>oldest %1 events left the buffer</source>
        <translation>가장 오래된 이벤트 %1개는 버퍼에서 빠짐</translation>
    </message>
    <message>
        <source>the sweeper</source>
        <translation>스위퍼</translation>
    </message>
    <message>
        <source>a system-task worker</source>
        <translation>시스템 작업 워커</translation>
    </message>
    <message>
        <source>a worker&apos;s update</source>
        <translation>워커의 갱신</translation>
    </message>
    <message>
        <source>an API request</source>
        <translation>API 요청</translation>
    </message>
    <message>
        <source>a GUI action</source>
        <translation>GUI 동작</translation>
    </message>
    <message>
        <source>the engine</source>
        <translation>엔진</translation>
    </message>
    <message>
        <source>a test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>Workflow %1</source>
        <translation>워크플로 %1</translation>
    </message>
    <message>
        <source>%1 (thread %2) found the lock busy and left the work to its owner, which loops once more: deferred, not lost</source>
        <translation>%1(스레드 %2)이(가) 잠금이 사용 중이어서 작업을 소유자에게 넘겼고, 소유자가 한 번 더 반복합니다. 잃은 것이 아니라 미룬 것입니다</translation>
    </message>
    <message>
        <source>%1 (thread %2) gave up on the lock after %3 ms</source>
        <translation>%1(스레드 %2)이(가) %3 ms 후 잠금을 포기했습니다</translation>
    </message>
    <message>
        <source>The miss was injected (fault injection)</source>
        <translation>주입된 실패입니다(장애 주입)</translation>
    </message>
    <message>
        <source>Legacy mode: the decide was dropped; the workflow may be stranded</source>
        <translation>레거시 모드: 결정이 버려져 워크플로가 멈출 수 있습니다</translation>
    </message>
    <message>
        <source>%1 (thread %2) waited %3 ms for the lock</source>
        <translation>%1(스레드 %2)이(가) 잠금을 %3 ms 기다렸습니다</translation>
    </message>
    <message>
        <source>%1 (thread %2) held the lock for %3 ms</source>
        <translation>%1(스레드 %2)이(가) 잠금을 %3 ms 보유했습니다</translation>
    </message>
    <message>
        <source>Held by %1 (thread %2) for %3 ms</source>
        <translation>보유자: %1(스레드 %2), %3 ms</translation>
    </message>
    <message>
        <source>Export Chrome trace</source>
        <translation>Chrome trace 내보내기</translation>
    </message>
    <message>
        <source>Chrome trace (*.json)</source>
        <translation>Chrome trace (*.json)</translation>
    </message>
    <message>
        <source>Exported %1 events to %2</source>
        <translation>이벤트 %1개를 %2에 내보냈습니다</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>내보내지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Wait for the lock</source>
        <translation>잠금 대기 시간</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>joinery::ui::MainWindow</name>
    <message>
        <source>Joinery</source>
        <translation>Joinery</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Joinery</source>
        <translation>Joinery 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>엔진: %1</translation>
    </message>
    <message>
        <source>About Joinery</source>
        <translation>Joinery 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Joinery %1&lt;/h3&gt;&lt;p&gt;A durable, Conductor-compatible workflow engine and the window to watch and recover it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Joinery %1&lt;/h3&gt;&lt;p&gt;지속성 있는 Conductor 호환 워크플로 엔진과, 이를 지켜보고 복구하는 창입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>시작하는 중</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>disconnected%1</source>
        <translation>연결 끊김%1</translation>
    </message>
    <message>
        <source>Stalled: %1</source>
        <translation>멈춤: %1</translation>
    </message>
    <message>
        <source>Show the stalled workflows</source>
        <translation>멈춘 워크플로 보기</translation>
    </message>
    <message>
        <source>legacy decide</source>
        <translation>레거시 결정</translation>
    </message>
    <message>
        <source>lock misses %1%</source>
        <translation>잠금 실패 %1%</translation>
    </message>
    <message>
        <source>decide delay %1 ms</source>
        <translation>결정 지연 %1ms</translation>
    </message>
    <message>
        <source>worker failures %1%</source>
        <translation>워커 실패 %1%</translation>
    </message>
    <message>
        <source>sweeper paused</source>
        <translation>스위퍼 일시 중지</translation>
    </message>
    <message>
        <source>Faults: %1</source>
        <translation>결함 주입: %1</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>새로 고침 완료</translation>
    </message>
    <message>
        <source>&amp;Workflow</source>
        <translation>워크플로(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>작업(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find Executions</source>
        <translation>실행 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Zoom Graph to Fit</source>
        <translation>그래프를 화면에 맞추기(&amp;Z)</translation>
    </message>
    <message>
        <source>Show &amp;Stalled Workflows</source>
        <translation>멈춘 워크플로 보기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>패널(&amp;P)</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>배치 초기화(&amp;L)</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>실행 목록</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>태스크</translation>
    </message>
    <message>
        <source>Stalled Workflows</source>
        <translation>멈춘 워크플로</translation>
    </message>
    <message>
        <source>Lock Timeline</source>
        <translation>잠금 타임라인</translation>
    </message>
    <message>
        <source>Engine Metrics</source>
        <translation>엔진 지표</translation>
    </message>
    <message>
        <source>Faults and Demo Load</source>
        <translation>결함 주입과 데모 부하</translation>
    </message>
    <message>
        <source>%1 — Joinery</source>
        <translation>%1 — Joinery</translation>
    </message>
    <message>
        <source>Attach to &amp;Server…</source>
        <translation>서버에 연결(&amp;S)…</translation>
    </message>
    <message>
        <source>Workflow &amp;Editor</source>
        <translation>워크플로 편집기(&amp;E)</translation>
    </message>
    <message>
        <source>Unsaved Workflow</source>
        <translation>저장되지 않은 워크플로</translation>
    </message>
    <message>
        <source>The workflow in the editor has changes that are not saved. Quit anyway?</source>
        <translation>편집기의 워크플로에 저장되지 않은 변경 사항이 있습니다. 그래도 종료할까요?</translation>
    </message>
    <message>
        <source>Attaching to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
</context>
<context>
    <name>joinery::ui::MetricsPanel</name>
    <message>
        <source>This source does not sample engine metrics; a plain Conductor server has no such figures.</source>
        <translation>이 소스는 엔진 지표를 수집하지 않습니다. 일반 Conductor 서버에는 이런 수치가 없습니다.</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>최근 1분</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>최근 5분</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>최근 15분</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>따라가기</translation>
    </message>
    <message>
        <source>Keep the newest sample in view (dragging or zooming turns this off)</source>
        <translation>최신 샘플을 계속 표시합니다(끌거나 확대하면 꺼짐)</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>처리량</translation>
    </message>
    <message>
        <source>Queue depth per task type</source>
        <translation>작업 유형별 큐 길이</translation>
    </message>
    <message>
        <source>Last JOIN branch done → next task scheduled</source>
        <translation>마지막 JOIN 분기 완료 → 다음 작업 예약</translation>
    </message>
    <message>
        <source>Sweeper</source>
        <translation>스위퍼</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>초당</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>cycle ms</source>
        <translation>주기 ms</translation>
    </message>
    <message>
        <source>repairs</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>tasks completed</source>
        <translation>완료된 작업</translation>
    </message>
    <message>
        <source>decides</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>cycle time</source>
        <translation>주기 시간</translation>
    </message>
    <message>
        <source>repairs (total)</source>
        <translation>복구(누적)</translation>
    </message>
    <message>
        <source>Waiting for the first sample…</source>
        <translation>첫 샘플을 기다리는 중…</translation>
    </message>
    <message>
        <source>%1 running · %2 stalled · %3 tasks/s · %4 decides/s · JOIN p99 %5 ms</source>
        <translation>실행 중 %1 · 멈춤 %2 · 초당 작업 %3 · 초당 결정 %4 · JOIN p99 %5 ms</translation>
    </message>
</context>
<context>
    <name>joinery::ui::PropertiesPanel</name>
    <message>
        <source>Workflow</source>
        <translation>워크플로</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Input parameters</source>
        <translation>입력 파라미터</translation>
    </message>
    <message>
        <source>Output parameters</source>
        <translation>출력 파라미터</translation>
    </message>
    <message>
        <source>Timeout (seconds)</source>
        <translation>제한 시간 (초)</translation>
    </message>
    <message>
        <source>Owner email</source>
        <translation>소유자 이메일</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>태스크: %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>참조 이름</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>Join on</source>
        <translation>조인 대상</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>분기</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>평가기</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>표현식</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>케이스</translation>
    </message>
    <message>
        <source>Loop condition</source>
        <translation>반복 조건</translation>
    </message>
    <message>
        <source>Dynamic tasks parameter</source>
        <translation>동적 태스크 파라미터</translation>
    </message>
    <message>
        <source>Dynamic tasks input parameter</source>
        <translation>동적 태스크 입력 파라미터</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>메서드</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>스크립트</translation>
    </message>
    <message>
        <source>jq query</source>
        <translation>jq 쿼리</translation>
    </message>
    <message>
        <source>Workflow name</source>
        <translation>워크플로 이름</translation>
    </message>
    <message>
        <source>Workflow version</source>
        <translation>워크플로 버전</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>종료 시각</translation>
    </message>
    <message>
        <source>Termination status</source>
        <translation>종료 상태</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>쉼표로 구분</translation>
    </message>
    <message>
        <source>A reference name is required.</source>
        <translation>참조 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by another task.</source>
        <translation>&quot;%1&quot;은(는) 이미 다른 태스크가 쓰고 있습니다.</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1의 이름을 %2(으)로 변경</translation>
    </message>
    <message>
        <source>Change the cases of %1</source>
        <translation>%1의 케이스 변경</translation>
    </message>
    <message>
        <source>Not valid JSON (at character %1): %2</source>
        <translation>올바른 JSON이 아닙니다 (%1번째 문자): %2</translation>
    </message>
    <message>
        <source>Expected a JSON object.</source>
        <translation>JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 변경</translation>
    </message>
</context>
<context>
    <name>joinery::ui::RemoteSource</name>
    <message>
        <source>Server: %1 (Joinery %2)</source>
        <translation>서버: %1 (Joinery %2)</translation>
    </message>
    <message>
        <source>Server: %1 (Conductor)</source>
        <translation>서버: %1 (Conductor)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>서버: %1</translation>
    </message>
    <message>
        <source>unexpected answer %1 from %2</source>
        <translation>%2에서 예상하지 못한 응답 %1</translation>
    </message>
    <message>
        <source>the server closed the event stream</source>
        <translation>서버가 이벤트 스트림을 닫았습니다</translation>
    </message>
    <message>
        <source>A dry-run decide is not available on this server.</source>
        <translation>이 서버에서는 결정을 미리 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>Fault injection is not available on this server.</source>
        <translation>이 서버에서는 결함 주입을 사용할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>joinery::ui::RunInputDialog</name>
    <message>
        <source>Run %1</source>
        <translation>%1 실행</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>Workflow input (JSON):</source>
        <translation>워크플로 입력 (JSON):</translation>
    </message>
</context>
<context>
    <name>joinery::ui::StallsModel</name>
    <message>
        <source>Preview and run a decide of this workflow</source>
        <translation>이 워크플로의 결정을 미리 보고 실행합니다</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 전</translation>
    </message>
    <message>
        <source>Re-decide</source>
        <translation>다시 결정</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>워크플로</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Stuck since</source>
        <translation>멈춘 시점</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>권장 조치</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>조치</translation>
    </message>
</context>
<context>
    <name>joinery::ui::StallsPanel</name>
    <message>
        <source>This source has no stall detector, so stalled workflows cannot be listed.</source>
        <translation>이 소스에는 멈춤 감지기가 없어 멈춘 워크플로를 나열할 수 없습니다.</translation>
    </message>
    <message>
        <source>Re-decide selected</source>
        <translation>선택 항목 다시 결정</translation>
    </message>
    <message>
        <source>Preview, then run a decide of the selected workflows</source>
        <translation>선택한 워크플로의 결정을 미리 본 다음 실행합니다</translation>
    </message>
    <message>
        <source>Re-decide all</source>
        <translation>모두 다시 결정</translation>
    </message>
    <message>
        <source>Preview, then run a decide of every stalled workflow</source>
        <translation>멈춘 모든 워크플로의 결정을 미리 본 다음 실행합니다</translation>
    </message>
    <message>
        <source>%1 stalled</source>
        <translation>멈춤 %1개</translation>
    </message>
    <message>
        <source>No stalled workflows.</source>
        <translation>멈춘 워크플로가 없습니다.</translation>
    </message>
    <message>
        <source>Re-deciding… (%1)</source>
        <translation>다시 결정하는 중…(%1)</translation>
    </message>
    <message>
        <source>Workflows re-decided: %1.</source>
        <translation>다시 결정한 워크플로: %1개.</translation>
    </message>
    <message>
        <source>Workflows re-decided: %1; failed: %2 (%3)</source>
        <translation>다시 결정한 워크플로: %1개, 실패: %2개(%3)</translation>
    </message>
    <message>
        <source>This Conductor server has no stall detector: the list is derived from execution JSON, so it shows stuck JOINs and ended tasks whose successors were never scheduled, not queue or sweeper problems.</source>
        <translation>이 Conductor 서버에는 멈춤 감지기가 없습니다. 목록은 실행 JSON에서 유추한 것이라 멈춘 JOIN과 후속 작업이 예약되지 않은 채 끝난 작업만 보여 주며, 큐나 스위퍼 문제는 보여 주지 않습니다.</translation>
    </message>
</context>
<context>
    <name>joinery::ui::StartWorkflowDialog</name>
    <message>
        <source>Start Workflow</source>
        <translation>워크플로 시작</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>정의(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>버전(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Correlation id:</source>
        <translation>상관 ID(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>우선순위(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Input (JSON):</source>
        <translation>입력(JSON)(&amp;I):</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>최신</translation>
    </message>
</context>
<context>
    <name>joinery::ui::TaskActions</name>
    <message>
        <source>Rerun from Here…</source>
        <translation>여기서부터 다시 실행…</translation>
    </message>
    <message>
        <source>Run the workflow again from this task; later tasks are discarded</source>
        <translation>이 작업부터 워크플로를 다시 실행합니다. 이후 작업은 버려집니다</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>건너뛰기…</translation>
    </message>
    <message>
        <source>Mark this task SKIPPED and let the workflow continue</source>
        <translation>이 작업을 SKIPPED로 표시하고 워크플로를 계속 진행합니다</translation>
    </message>
    <message>
        <source>Set Completed…</source>
        <translation>완료로 설정…</translation>
    </message>
    <message>
        <source>End this task as COMPLETED with the output you give</source>
        <translation>입력한 출력으로 이 작업을 COMPLETED로 끝냅니다</translation>
    </message>
    <message>
        <source>Set Failed…</source>
        <translation>실패로 설정…</translation>
    </message>
    <message>
        <source>End this task as FAILED with a reason</source>
        <translation>사유와 함께 이 작업을 FAILED로 끝냅니다</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: 완료</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1: 실패</translation>
    </message>
    <message>
        <source>Rerun from %1</source>
        <translation>%1부터 다시 실행</translation>
    </message>
    <message>
        <source>Rerun workflow %1 from task %2? The tasks after it are discarded.</source>
        <translation>워크플로 %1을(를) 작업 %2부터 다시 실행할까요? 그 이후의 작업은 버려집니다.</translation>
    </message>
    <message>
        <source>Skip %1</source>
        <translation>%1 건너뛰기</translation>
    </message>
    <message>
        <source>Skip task %1 and let the workflow continue?</source>
        <translation>작업 %1을(를) 건너뛰고 워크플로를 계속 진행할까요?</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1을(를) %2(으)로 설정</translation>
    </message>
</context>
<context>
    <name>joinery::ui::TaskDetailPanel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>사유: %1</translation>
    </message>
    <message>
        <source>This server does not provide task logs.</source>
        <translation>이 서버는 작업 로그를 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>Select a task in the table to see its input, output, timings and attempts.</source>
        <translation>표에서 작업을 선택하면 입력, 출력, 시간 정보와 시도 내역을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Task id:</source>
        <translation>작업 ID:</translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation>워커:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>시도 횟수:</translation>
    </message>
    <message>
        <source>Polls:</source>
        <translation>폴링 횟수:</translation>
    </message>
    <message>
        <source>Scheduled:</source>
        <translation>예약 시각:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>시작 시각:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>종료 시각:</translation>
    </message>
    <message>
        <source>Queue wait:</source>
        <translation>큐 대기:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>소요 시간:</translation>
    </message>
    <message>
        <source>Sub-workflow:</source>
        <translation>하위 워크플로:</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>시도</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>로그</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>시도</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>워커</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>No log lines for this task.</source>
        <translation>이 작업에는 로그가 없습니다.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>joinery::ui::TaskStatusDialog</name>
    <message>
        <source>Set Status of %1</source>
        <translation>%1의 상태 설정</translation>
    </message>
    <message>
        <source>Why the task failed</source>
        <translation>작업이 실패한 이유</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>상태(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Output (JSON):</source>
        <translation>출력(JSON)(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
</context>
<context>
    <name>joinery::ui::TasksModel</name>
    <message>
        <source>Seq</source>
        <translation>순번</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>참조 이름</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>시도</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>폴링</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>워커</translation>
    </message>
    <message>
        <source>Queue wait</source>
        <translation>큐 대기</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Scheduled at</source>
        <translation>예약 시각</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>종료 시각</translation>
    </message>
</context>
<context>
    <name>joinery::ui::TasksPanel</name>
    <message>
        <source>&lt;b&gt;Tasks&lt;/b&gt; — select a workflow in the executions list</source>
        <translation>&lt;b&gt;작업&lt;/b&gt; — 실행 목록에서 워크플로를 선택하세요</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tasks of %1 v%2&lt;/b&gt; · %3 · &lt;span style=&quot;color:%4&quot;&gt;%5&lt;/span&gt; · %6 tasks</source>
        <translation>&lt;b&gt;%1 v%2의 작업&lt;/b&gt; · %3 · &lt;span style=&quot;color:%4&quot;&gt;%5&lt;/span&gt; · 작업 %6개</translation>
    </message>
</context>
<context>
    <name>joinery::ui::WorkflowActions</name>
    <message>
        <source>&amp;Start Workflow…</source>
        <translation>워크플로 시작(&amp;S)…</translation>
    </message>
    <message>
        <source>Start a workflow from a registered definition</source>
        <translation>등록된 정의로 워크플로를 시작합니다</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시 중지(&amp;P)</translation>
    </message>
    <message>
        <source>Pause the selected workflows: nothing new is scheduled</source>
        <translation>선택한 워크플로를 일시 중지합니다. 새 작업이 예약되지 않습니다</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>재개(&amp;U)</translation>
    </message>
    <message>
        <source>Resume the selected paused workflows</source>
        <translation>일시 중지된 선택 워크플로를 재개합니다</translation>
    </message>
    <message>
        <source>&amp;Terminate…</source>
        <translation>종료(&amp;T)…</translation>
    </message>
    <message>
        <source>Terminate the selected workflows, with a reason</source>
        <translation>사유를 남기고 선택한 워크플로를 종료합니다</translation>
    </message>
    <message>
        <source>Re&amp;start…</source>
        <translation>재시작(&amp;S)…</translation>
    </message>
    <message>
        <source>Start the selected ended workflows again from the beginning</source>
        <translation>끝난 선택 워크플로를 처음부터 다시 시작합니다</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>재시도(&amp;T)</translation>
    </message>
    <message>
        <source>Retry the selected failed workflows from the failed task</source>
        <translation>실패한 선택 워크플로를 실패한 작업부터 재시도합니다</translation>
    </message>
    <message>
        <source>Re&amp;run…</source>
        <translation>다시 실행(&amp;R)…</translation>
    </message>
    <message>
        <source>Run the selected workflows again with their original input</source>
        <translation>선택한 워크플로를 원래 입력으로 다시 실행합니다</translation>
    </message>
    <message>
        <source>Re-&amp;decide</source>
        <translation>다시 결정(&amp;D)</translation>
    </message>
    <message>
        <source>Decide the selected workflows now: schedules whatever is owed</source>
        <translation>선택한 워크플로를 지금 결정합니다. 밀린 작업이 모두 예약됩니다</translation>
    </message>
    <message>
        <source>Joinery</source>
        <translation>Joinery</translation>
    </message>
    <message>
        <source>%1 workflows</source>
        <translation>워크플로 %1개</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Terminate %1. Reason:</source>
        <translation>%1을(를) 종료합니다. 사유:</translation>
    </message>
    <message>
        <source>Terminated from Joinery</source>
        <translation>Joinery에서 종료함</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>재시작</translation>
    </message>
    <message>
        <source>Restart %1 from the beginning? Their tasks so far are discarded.</source>
        <translation>%1을(를) 처음부터 다시 시작할까요? 지금까지의 작업은 버려집니다.</translation>
    </message>
    <message>
        <source>Use the latest version of the definition</source>
        <translation>정의의 최신 버전 사용</translation>
    </message>
    <message>
        <source>Rerun %1 from the first task with the original input?</source>
        <translation>%1을(를) 원래 입력으로 첫 작업부터 다시 실행할까요?</translation>
    </message>
    <message>
        <source>%1: apply to %2 workflows?</source>
        <translation>%1: 워크플로 %2개에 적용할까요?</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 workflows done</source>
        <translation>%1: 워크플로 %3개 중 %2개 완료</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 외 %1개</translation>
    </message>
    <message>
        <source>%1 of %2 workflows were not changed:

%3</source>
        <translation>워크플로 %2개 중 %1개는 변경되지 않았습니다:

%3</translation>
    </message>
    <message>
        <source>Start Workflow</source>
        <translation>워크플로 시작</translation>
    </message>
    <message>
        <source>Could not start %1:
%2</source>
        <translation>%1을(를) 시작하지 못했습니다:
%2</translation>
    </message>
    <message>
        <source>Started %1 (%2)</source>
        <translation>%1 시작됨 (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>no display found (DISPLAY is not set); run it in a desktop session, under xvfb-run, or use &apos;joinery serve&apos; for a headless engine</source>
        <translation>디스플레이가 없습니다(DISPLAY가 설정되지 않음). 데스크톱 세션이나 xvfb-run에서 실행하거나, 화면 없는 엔진은 &apos;joinery serve&apos;를 사용하세요</translation>
    </message>
    <message>
        <source>Joinery</source>
        <translation>Joinery</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>데이터베이스 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>--attach needs an http:// or https:// URL, not &quot;%1&quot;</source>
        <translation>--attach에는 &quot;%1&quot;이(가) 아니라 http:// 또는 https:// URL이 필요합니다</translation>
    </message>
</context>
</TS>
