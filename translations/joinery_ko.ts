<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 expects a whole number from %2 to %3, not '%4'</source>
        <translation>--%1에는 %2부터 %3까지의 정수가 필요합니다('%4'는 올바르지 않음)</translation>
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
        <source>unknown command '%1' (try --help)</source>
        <translation>알 수 없는 명령 '%1'(--help 참고)</translation>
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
        <source>unexpected argument '%1'</source>
        <translation>예상하지 못한 인자 '%1'</translation>
    </message>
    <message>
        <source>--lang expects en or ko, not '%1'</source>
        <translation>--lang에는 en 또는 ko가 필요합니다('%1'는 올바르지 않음)</translation>
    </message>
    <message>
        <source>--attach and --db exclude each other</source>
        <translation>--attach와 --db는 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>--lock-fail-rate expects a probability from 0 to 1, not '%1'</source>
        <translation>--lock-fail-rate에는 0부터 1까지의 확률이 필요합니다('%1'는 올바르지 않음)</translation>
    </message>
    <message>
        <source>--seed expects a whole number, not '%1'</source>
        <translation>--seed에는 정수가 필요합니다('%1'는 올바르지 않음)</translation>
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
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>엔진: %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>About Joinery</source>
        <translation>Joinery 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Joinery %1&lt;/h3&gt;&lt;p&gt;A durable, Conductor-compatible workflow engine and the window to watch and recover it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Joinery %1&lt;/h3&gt;&lt;p&gt;지속성 있는 Conductor 호환 워크플로 엔진과, 이를 지켜보고 복구하는 창입니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>no display found (DISPLAY is not set); run it in a desktop session, under xvfb-run, or use 'joinery serve' for a headless engine</source>
        <translation>디스플레이가 없습니다(DISPLAY가 설정되지 않음). 데스크톱 세션이나 xvfb-run에서 실행하거나, 화면 없는 엔진은 'joinery serve'를 사용하세요</translation>
    </message>
</context>
</TS>